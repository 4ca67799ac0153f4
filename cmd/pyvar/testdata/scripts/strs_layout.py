# A str's kind, cached hash, decoded code points and concatenation buffer
# live behind one pointer (Str.x): each change of one must keep the others.
import sys

# Concatenation in place, then indexing a non-ASCII result (runes decoded
# on a str that owns a buffer), then appending again.
s = ""
for i in range(40):
    s += "ab"
s += "é"
print(len(s), s[-1], s[79], s[-2:], hash(s) == hash("ab" * 40 + "é"))
t = s + "xyz"
print(len(t), t[-4:], t[80], s[-1])
u = s + "Ω"
print(len(u), u[-2:], len(t), t[-3:])

# Unknown kind first, then hashed, then indexed.
w = "".join(["x", "ÿ", "y"] * 30)
d = {w: 1}
print(d["".join(["x", "ÿ", "y"] * 30)], w[1], w[-1], len(w), w.isascii())
v = w + "z" * 70
print(v[-71], v[89], len(v), v.isascii(), (v + "q")[-2:])

# Interned names keep being interned through kind and runes.
a = sys.intern("ñame" + str(len(s)))
b = sys.intern("ñame81")
print(a is b, a[0], a[1:], len(a), a.isascii(), hash(a) == hash("ñame81"))
c = sys.intern("plain" + "name")
print(c is sys.intern("plainname"), c[2], c.isascii())

# The empty str hashes to 0 every time.
e = "".join([])
print(hash(e), hash(""), {e: 2}[""], e.isascii(), len(e))

# Results of every size of the one-allocation buffers.
for n in (1, 15, 16, 17, 31, 32, 33, 47, 48, 49, 95, 96, 97, 200):
    x = "a" * (n - 1) + "é"
    y = str(10 ** (n - 1))
    z = "-".join(["b"] * n)
    print(n, len(x), x[-1], len(x.upper()), x.upper()[-1], len(y), y[-1], len(z), z.count("b"))
