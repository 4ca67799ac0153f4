# format() specs: the '0' flag (fill '0' unless a fill is given; '=' only
# when no alignment is given, and never for a str), a str's own refusals
# (space, sign, '#', grouping), and the one-allocation padding of pad().
for v in (5, -5, 2.5, "ab"):
    for sp in ("<05", ">05", "^05", "05", "*<05", "+05", "#", "x=05", "=05"):
        try: r = format(v, sp)
        except ValueError as e: r = "VE: %s" % e
        print(repr(v), sp, repr(r))
for v in (float("inf"), float("nan"), -0.0, 1234567.891, 1+2j, True, 10**20, -10**20):
    for sp in ("05", "08,", "<08,", "010_", "*<08", "0<8", "0=8", "=08.2f", "08.2e", "<+08", "^08x" if isinstance(v, int) else "^08"):
        try: r = format(v, sp)
        except ValueError as e: r = "VE: %s" % e
        print(repr(v), sp, repr(r))
print("{:05}|{:<05}|{:05}|{:>05}|{:^07}".format("ab", "cd", 7, "ef", "g"), f"{'x':03}|{3:<03}|{2.5:^07}")
for sp in (",", "_", "#", " ", "+", "-", "#5", "=5", "05,", ",s", "_s"):
    try: r = format("s", sp)
    except ValueError as e: r = "VE: %s" % e
    print(repr(sp), repr(r))
vals = [0, 7, -7, 12345, -12345, 3.14159, -2.5, 1e20, float("nan"), float("-inf"), "abc", "", "é", "日本語"]
specs = ["", "1", "5", "<5", ">5", "=5", "^5", "^6", "*<7", "*>7", "*=8", "*^9", "0>6", "-<6", "+", " ", "+8", " 8", "08", "=+9", "_>12", ",", "012,", "x^11", ".<3"]
for v in vals:
    for sp in specs:
        try:
            r = format(v, sp)
        except (ValueError, TypeError) as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(v), repr(sp), repr(r))
for sp in ["é<6", "é>6", "日^7", "\x00<4"]:
    print(repr(format("ab", sp)), repr(format(12, sp)), repr(format(1.5, sp)))
print("%5s|%-5s|%05d|%-5d|%+5d|% 5d|%5.1f|%-8.2f|%08.3f|%x|%#8x|%-#8o|%5c|%-3c|" % ("a", "b", 42, 42, 42, 42, 2.25, 2.5, -3.14159, 255, 255, 8, "z", 65))
print("%10r|%-10r|%.2s|%7.3s|" % ("q", "q", "abcdef", "abcdef"))
