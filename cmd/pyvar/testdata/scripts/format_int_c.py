# format(int, 'c') refuses '#', a sign, ',' and '_' with CPython's messages.
for spec in ["#c", "c", "+c", " c", ",c", "_c", "=5c", "05c"]:
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, "ValueError", e)
for v in [65, True]:
    for spec in ["#c", "+#c", "#5c"]:
        try:
            print(spec, repr(format(v, spec)))
        except ValueError as e:
            print(spec, "ValueError", e)
print(repr(f"{66:c}"), repr("{:>3c}".format(67)))
