s = "Hello, wörld"
print(s.upper(), s[::-1], s[2:5], s.split(","), s.find("w"), s * 2)
print("%s=%d %r %5.2f" % ("a", 3, "q", 3.14159), "{0:>8}|{1!r}".format(1, "x"))
print(f"{s!r:>20} {len(s)=} {3.5:08.3f}", s.encode("utf-8"), "a\tb".expandtabs(4))
print(b"abc".hex(), bytearray(b"xy") + b"z", b"%s-%d" % (b"k", 5), "ß".casefold())
