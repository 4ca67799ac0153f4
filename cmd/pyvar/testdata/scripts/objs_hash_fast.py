# Hashes of ints and tuples, `in` on sets, type(x) and getattr with names
# built at run time: the fast paths must agree with the generic ones.
for i in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61 - 1), -(2**61), 2**63 - 1, -2**63, 2**64 + 5, -(2**64)]:
    print(i, hash(i), hash(float(i)) == hash(i) if abs(i) < 2**53 else "-", hash((i,)), hash((i, i, (i,))))
print(hash(()), hash((True, False, 7)), hash((1.5, -0.0, 2**70)))
print(hash((1, 2)) == hash((1.0, 2.0)), (1, 2) in {(1.0, 2.0)}, (1, 2.0) in {(1, 2)})

class T(tuple):
    def __hash__(self):
        return 42
print(hash(T((1, 2))), T((1, 2)) in {(1, 2)}, (1, 2) in {T((1, 2))})

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, other.v if isinstance(other, K) else other)
        return isinstance(other, K) and self.v == other.v
s = {K(1), K(2)}
print(K(1) in s, K(3) in s, 1 in s)
print((K(2), 1) in {(K(2), 1)})
try:
    [1] in {1}
except TypeError as e:
    print("TypeError", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
print({1, 2} in {frozenset({1, 2})}, frozenset() in set())

class S(set):
    def __contains__(self, x):
        return "yes"
print(1 in S(), 1 not in S(), 5 in frozenset(range(10)))

class M(type):
    pass
class C(metaclass=M):
    pass
for x in [1, True, 1.5, None, "s", (1,), [], C, C(), M, type, T(), S()]:
    print(type(x).__name__, type(x) is x.__class__)
try:
    type()
except TypeError as e:
    print("TypeError", e)
print(type("N", (), {"a": 1}).a)

o = C()
name = "".join(["at", "tr"])
setattr(o, name, 5)
print(getattr(o, name), getattr(o, "at" + "tr"), o.attr if hasattr(o, "attr") else None)
print(getattr(o, "missing" + "", "dflt"), hasattr(o, "".join("xyz")))
class Name(str):
    pass
setattr(o, Name("sub"), 7)
print(getattr(o, Name("sub")), o.sub, getattr(o, "sub"))
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError", e)
