# printf-style formatting, f-strings and str() through their fast paths
# (small ints, exact strs, nothing to pad) and the general ones.
class I(int):
    def __str__(self):
        return "I!"

    def __repr__(self):
        return "I?"

class S(str):
    def __str__(self):
        return "S!"

class T:
    def __str__(self):
        return S("from T")

big = 2 ** 70
for v in [0, 7, -7, 12345, -9223372036854775808, 9223372036854775807, True, False, I(5), big, -big]:
    print("%d|%i|%u|%s|%r" % (v, v, v, v, v), "%5d|%-5d|%05d|%+d|% d|%.3d|%x|%#x|%X|%#o" % ((v,) * 10))
    print(f"{v}|{v!s}|{v!r}|{v:5}|{v:<4}|{v:x}", str(v), repr(str(v)), type(str(v)).__name__)
for v in ["", "a", "abc", "é", S("sub"), 1.5, None, (1, 2), [3], T()]:
    print("%s|%r|%a|%5s|%-5s|%.2s" % (v, v, v, v, v, v), f"{v}|{v!s}|{v!r}|{v!a}", repr(str(v)), type(str(v)).__name__)
print("%s" % (1,), "%s%%%s" % (1, 2), "%(a)s-%(b)d" % {"a": "x", "b": 3}, "%c%c" % (65, "é"), "%*d|%-*d" % (4, 1, 4, 2))
print("100%% %s" % "done", "%s" % "", "a%sb%sc" % ("", ""), "%.0f|%5.1f|%e" % (2.5, 3.14159, 12345.678))
print(f"{'x'}{1}{2.5}{None}{True}", f"{'':>3}|", f"a{''}b", "".join([f"{i}" for i in range(12)]))
print([str(i) for i in range(-3, 13)], str(), str("q"), str(b"x"), str(b"x", "ascii"), str(object=5))
for bad in [lambda: "%d" % "x", lambda: "%d %d" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1,
            lambda: "%x" % 1.5, lambda: "%c" % -1, lambda: "%(a)s" % 1, lambda: "%", lambda: str(1, 2),
            lambda: str("a", encoding="utf-8")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print("{}:{}".format(1, "a"), "a{{b}}c{}d}}".format(2), "{0}{1}{0}".format("x", "y"), "plain".format(), "{a}-{b!r:>5}".format(a=1, b="q"))
print("x{:{}}y".format(3, 4), "{0[1]}{1.real}".format([5, 6], 7), "{}{{".format(""), "{{}}".format(), "é{}ü{}".format("ß", 1))
for bad in ["{", "}", "a}b", "{0}{}", "{!x}", "{:{:{}}}"]:
    try: print(bad.format(1, 2, 3))
    except Exception as e: print(type(e).__name__, e)
