# Text whose ASCII-ness, length and code-point offsets are found a word at
# a time: every length around the 8-byte steps, non-ASCII and lone
# surrogates at every position, joins and concatenations of mixed kinds.
for n in range(0, 20):
    for pos in range(n):
        for ch in ("\xe9", "\u20ac", "\U0001f600", "\udc80", "\ud800"):
            s = "a" * pos + ch + "b" * (n - pos - 1)
            assert len(s) == n, (n, pos, ch)
            assert s.find("b") == (pos + 1 if pos + 1 < n else -1), (n, pos)
            assert s.index(ch) == pos
            assert s.isascii() is False
            try:
                b = s.encode()
                print("ok" if ch < "\ud800" or ch > "\udfff" else "BAD", end="")
            except UnicodeEncodeError as e:
                assert e.start == pos and e.end == pos + 1, (e.start, e.end, pos)
                assert e.object == s
            assert s.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass") == s
    print(n)
print(("a" * 20).isascii(), ("a" * 20 + "\xff").isascii(), "".isascii())
parts = ["ab", "\xe9", "cd" * 9, "\udc80"]
for sep in ("", ",", "\u2013"):
    for k in range(len(parts) + 1):
        j = sep.join(parts[:k])
        print(repr(j), len(j), j.isascii(), ascii(j + "x" * 70)[:20], len(j + "y" * 70))
print("x".encode(), "x\xe9".encode("utf-8"), "abc".encode("ascii"), "abc".encode("UTF8"))
for bad in ("\xe9", "\udc80"):
    try:
        bad.encode("ascii")
    except UnicodeEncodeError as e:
        print(e)
try:
    "a\udc80b".encode()
except UnicodeEncodeError as e:
    print(e)
print("a\udc80b".encode("utf-8", "surrogateescape"), "\udc80".encode("utf-8", "replace"))
print("é".encode("latin-1"), "abc".encode("utf-16"), "x".encode(encoding="ascii"))
s = ",".join(str(i) for i in range(300)) + "\xe9"
print(len(s), s.index("299"), s.find("\xe9"), s.rfind("1"), s.count("1"))
