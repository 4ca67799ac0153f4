# The str methods' fast paths (ASCII tables, positional entries, shared
# one-character strs) against the general ones: results, errors, subclasses.
class S(str):
    pass

samples = ["", " ", "a", "A", "7", "abc", "ABC", "Abc", "a1", "12", " a b ", "\t\n x \x1c\x1f",
           "\x85x\xa0", "é", "ÉCOLE", "straße", "²", "١٢", "a\u2028b", "x y\u3000z", ",,a,,b,,", "Σ", "ǅ",
           "\x7f", "~!", "hello world", "  lead", "trail  ", "\x00"]
preds = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isascii",
         "isprintable", "isupper", "islower", "istitle"]
for s in samples:
    print(repr(s), [getattr(s, p)() for p in preds], [getattr(S(s), p)() for p in preds])
    print(" ", repr(s.lower()), repr(s.upper()), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(" ", s.split(), s.rsplit(), s.split(","), s.split(" "), s.split("ab"), S(s).split())
    print(" ", repr(s.strip(",")), repr(s.strip(", ")), repr(s.lstrip("a ")), repr(s.rstrip("b ,")),
          repr(s.strip("")), repr(s.strip(None)), repr(S(s).strip(S(","))))
    print(" ", s.startswith("a"), s.endswith(("b", "c", "")), s.startswith(""), S(s).startswith(S("a")))
    print(" ", [s[i] for i in range(len(s))], [s[-i - 1] for i in range(len(s))])
    print(" ", repr("-".join(s)), repr(s.join(["x", "y"])), repr(s.join(("p",))), repr(s.join([])))

# identity where CPython keeps the object
x = "abc"
print(x.strip() is x, x.lstrip() is x, x.rstrip("z") is x, "".join([x]) is x, type(S("a").strip()),
      type(S(" a ").strip()), type(S("ab").lower()), type("".join([S("q")])))
a = "a"

# errors
for call in [lambda: "a".isdigit(1), lambda: "a".lower(None), lambda: "a".strip(1), lambda: "a".strip("a", "b"),
             lambda: "a".split(1), lambda: "a".split(""), lambda: "a".startswith(1), lambda: "a".endswith((1,)),
             lambda: "a".startswith(["a"]), lambda: ",".join([1]), lambda: ",".join(5), lambda: ",".join(["a", 2]),
             lambda: "abc"[3], lambda: "abc"[-4], lambda: "abc"[a], lambda: "é"[5], lambda: "ab".split(sep=1),
             lambda: str.lower(1), lambda: str.strip(b"x"), lambda: str.split(), lambda: "a".lstrip(b"a")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# keywords and maxsplit still take the general path
print("a b c".split(maxsplit=1), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a b".split(None))
print(str.upper("abc"), str.split("a b"), str.strip(S(" q ")), S("x y").split(S(" ")))
print([c for c in "héllo"], "héllo"[1], "héllo"[-1], "\U0001f600x"[0], "\U0001f600x"[1])

# concatenation (one allocation below 64 bytes, the ASCII kind carried)
parts = ["a", "é", "", "xyz" * 30, "\U0001f600"]
for p in parts:
    for q in parts:
        r = p + q
        r2 = p
        r2 += q
        print(len(r), r == r2, r[-1:], r[:1], r.isascii(), len(r.upper()), r.split("x")[:2] if len(r) < 10 else len(r.split("x")))

# bytes methods read as Latin-1 (ASCII and not)
for b in [b"abc", b"\xe9ab\xffc ", bytearray(b" x\x80y ")]:
    print(b.find(b"b"), b.split(), b.strip(), b.replace(b"b", b"\xfe"), b.startswith(b"\xe9"), b.partition(b"a"),
          b.center(9, b"*"), b.count(b"b"), b.rfind(98), b.splitlines(), b.endswith((b"c ", b"y ")))
for s in ["", "a", "\n", "a\n", "\na", "a\r\nb\rc\n\nd", "\r", "\r\n", "\r\n\r\n", "x\x1cy\x1dz\x1e\x0b\x0cw", "a\n\r", "abc\r\n", "\n\n\n"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=False), ("é" + s).splitlines())
s = "hello world"
u = "héllo"
for a in [None, -20, -3, -1, 0, 1, 5, 11, 20]:
    for b in [None, -20, -3, 0, 2, 5, 11, 30]:
        print(a, b, repr(s[a:b]), repr(u[a:b]), repr(""[a:b]), s[a:b] is s, s[a:b:2] if a else "", end=" | ")
    print()
class I:
    def __index__(self): return 2
print(s[I():I()], s[I():], s[True:3])
for bad in [lambda: s["a":2], lambda: s[1:2.0], lambda: s[1:2:0]]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
