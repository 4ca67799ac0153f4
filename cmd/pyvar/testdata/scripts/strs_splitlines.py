# str.splitlines() of ASCII text scans eight bytes at a time: line breaks
# (\n \r \r\n \v \f \x1c \x1d \x1e) at every offset of a word, other
# control characters (\t \x00 \x1f) that are not breaks, and the tail.
breaks = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e"]
others = ["\t", "\x00", "\x1f", " ", "~", "\x7f"]
for b in breaks:
    for pos in range(0, 19):
        s = "a" * pos + b + "b" * (17 - pos)
        print(repr(b), pos, s.splitlines(), s.splitlines(True) == s.splitlines(keepends=True))
for o in others:
    s = ("x" * 7 + o) * 3 + "\n" + o * 9
    print(repr(o), s.splitlines(), len(s.splitlines(True)))

# A deterministic jumble of all of them.
seed = 12345
chars = breaks + others + ["ab", "c", "defghij"]
for n in range(60):
    parts = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        parts.append(chars[seed % len(chars)])
    s = "".join(parts)
    print(n, s.splitlines(), [len(x) for x in s.splitlines(True)])
print("".splitlines(), "\n".splitlines(), "\r\n\r\n".splitlines(), "abc".splitlines(), "a\rb\r".splitlines())
