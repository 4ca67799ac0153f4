# __format__ of the built-in types takes only a str spec.
class S(str): pass
for v in [3, 3.0, 'x', 1j, object(), True]:
    for a in [None, 0, b'']:
        try:
            v.__format__(a)
        except TypeError as e:
            print(type(v).__name__, e)
    print(v.__format__(S('')) == str(v))
for v, a in [('x', None), (3, 1), (3.0, b'')]:
    try:
        format(v, a)
    except TypeError as e:
        print("format:", e)
