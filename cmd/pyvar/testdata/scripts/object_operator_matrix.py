vals = [0, 1, -1, 2, -7, 3.5, -0.0, 2**64, -2**65, True, 1e300, float("inf"), float("nan"), 1+1j, "ab", [1], (1,), None, {1}, b"x"]
ops = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
    "//": lambda a, b: a // b, "%": lambda a, b: a % b, "<<": lambda a, b: a << b,
    ">>": lambda a, b: a >> b, "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
    "<": lambda a, b: a < b, "==": lambda a, b: a == b, ">=": lambda a, b: a >= b, "divmod": divmod,
}
for name, f in ops.items():
    for a in vals:
        row = []
        for b in vals:
            if name == "<<" and isinstance(b, int) and abs(b) > 1000:
                row.append("skip")
                continue
            try:
                r = f(a, b)
                s = repr(r)
                if len(s) > 30:
                    s = s[:30] + "..."
            except Exception as e:
                s = type(e).__name__ + ":" + str(e)
            row.append(s)
        print(name, repr(a), " | ".join(row))
for a in vals:
    row = []
    for f in (lambda x: -x, lambda x: +x, lambda x: ~x, abs, bool, int, float, str, len, round):
        try:
            s = repr(f(a))
        except Exception as e:
            s = type(e).__name__ + ":" + str(e)
        row.append(s)
    print("unary", repr(a), " | ".join(row))
