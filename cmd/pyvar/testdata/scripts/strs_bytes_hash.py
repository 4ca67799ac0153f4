# A bytes object's hash is computed once and kept; exact bytes compare
# equal by their contents without the rich comparison's dispatch, while
# subclasses, bytearray and memoryview keep their own rules.
import sys

vals = [b"", b"a", b"ab", b"\x00", b"\xff" * 9, bytes(range(256)), b"x" * 100]
for v in vals:
    h1 = hash(v)
    h2 = hash(v)
    print(len(v), h1 == h2, h1 == hash(bytes(v)), h1 == hash(v[:]), hash(v) == hash(memoryview(v).tobytes()))
print(hash(b"") == 0)

d = {}
for i, v in enumerate(vals):
    d[v] = i
    d[(v, v + b"!")] = -i
for i, v in enumerate(vals):
    print(d[bytes(bytearray(v))], d[(bytes(v), v + b"!")])

pairs = [(b"a", b"b"), (b"a", b"a"), (b"", b""), (b"ab", b"a"), (b"\x80", b"\x80")]
for x, y in pairs:
    print(x == y, x != y, (x, 1) == (y, 1), [x] == [y], x == bytearray(y), bytearray(x) == y,
          x == memoryview(y), x == y.decode("latin-1"))


class B(bytes):
    def __eq__(self, other):
        return "eq called"

    def __hash__(self):
        return 42


class C(bytes):
    pass


print(B(b"a") == b"a", b"a" == B(b"a"), (b"a",) == (B(b"a"),), hash(B(b"a")), hash(C(b"a")) == hash(b"a"))
print(C(b"a") == b"a", b"a" == C(b"b"), {C(b"k"): 1}[b"k"], {b"k": 2}[C(b"k")])
print(b"abc" in [b"x", b"abc"], [b"x", b"abc"].index(b"abc"), (b"q", b"abc").count(b"abc"))
print(sorted({b"b": 1, b"a": 2, b"c": 3}), len({b"a", b"a"[:], bytes([97])}))
