vals = [0, 1, -1, 42, -1234, 1234567, 2**70, -2**70, 0.0, -0.0, 1.5, -2.25, 3.14159265, 1e16, 1.234e-7, 123456.789, float("inf"), float("nan"), True, 1+2j]
specs = ["", "5", "<5", ">8", "^9", "=8", "+", "-", " ", "05", "08,", ",", "_", "x", "#x", "X", "#o", "b", "#b", "c", "d", "n", "e", ".2e", "E", "f", ".0f", ".3f", "#.0f", "g", ".3g", "#g", "G", "%", ".1%", "10.2f", "+.2f", "*^12.3f", "0=10,.2f", ",.2f", "_.3f", ".10g", "s", ".2", "#", "0<5", "x<+10.1e"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(out))
for v in [0, 5, -5, 255, 3.5, -2.5, "abc", "x"]:
    out = []
    for s in ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#X", "%o", "%e", "%.2f", "%10.3f", "%g", "%s", "%r", "%5s|", "%-5s|", "%.1s", "%c", "%%", "%a"]:
        try:
            out.append(s % v)
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(out))
