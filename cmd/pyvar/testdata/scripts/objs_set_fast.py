# Set lookups try identity before ==, set algebra and min/max/sum walk
# the tables in place: results, iteration order and the errors of sets
# changed while they are walked, as CPython 3.10 gives them.
s = {1, 2, 3}
try:
    for x in s:
        s.add(99)
except RuntimeError as e:
    print("iter", e)

s = {1, 2, 3}
def key(x):
    s.add(x + 50)
    return x
try:
    print(min(s))
    print(min(s, key=key))
except RuntimeError as e:
    print("min", e)
s = {7, 8}
def grow(x):
    s.discard(x)
    return x
try:
    print(max(s, key=grow))
except RuntimeError as e:
    print("max", e)

s = {5, 3, 9, -4, 2**70}
print(min(s), max(s), sum(s), sorted(s), list(s) == list(iter(s)))
print(min({1.5, 2, -3}), max(frozenset({True, 2, 0})), min({True, 0}))
print(min({(1, 2), (0, 5)}), min(set(), default=7), max(frozenset(), default=None))
try:
    min(set())
except ValueError as e:
    print(e)
print(sorted(min(s, key=abs) for s in [{-3, 2, -1}, {4, -4}]))

class Eq:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        Eq.calls += 1
        return isinstance(o, Eq) and o.v == self.v
    def __repr__(self):
        return "Eq(%r)" % self.v

a, b = Eq(1), Eq(1)
s = {a}
print(a in s, b in s, Eq.calls)  # identity first: one __eq__ call, for b
s.add(a)
print(len(s), Eq.calls)
s.add(b)
print(len(s), Eq.calls)
x, y = frozenset([a, Eq(2), Eq(3)]), frozenset([a, Eq(2)])
Eq.calls = 0
print(y <= x, x >= y, y < x, Eq.calls)
print(sorted(e.v for e in x & y), sorted(e.v for e in x - y), sorted(e.v for e in x ^ y))

class Mut:
    def __init__(self, v, target):
        self.v, self.target = v, target
    def __hash__(self):
        return 1
    def __eq__(self, o):
        self.target.clear()
        return False
t = set()
m = Mut(0, t)
t.add(Mut(1, set()))
try:
    print(m in t, len(t))
except RuntimeError as e:
    print("eq", e)
big = set(range(100))
small = {Mut(2, big), 3, 5}
print(len(small & big), len(big - small) <= 100)
print(sorted(set(range(20)) - set(range(0, 20, 3))))
print(sorted({2**64, -1, -2} & {-2, 2**64, 2**64 + 1}))
print(0.0 in {-0.0}, 1 in {1.0, True}, 2 ** 61 - 1 in {-1, 2 ** 61 - 1})
n = float('nan')
print(n in {n}, {n} <= {n}, len({n, n}))

class Clear:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        src.clear()
        return False
src = set()
src.update([Clear(), 1, 2, 3, 4, 5, 6, 7])
dst = {Clear()}
dst |= src  # the merge's __eq__ empties the set being merged
print(len(src), len(dst) > 1)
src = set()
src.update([Clear(), 1, 2])
print(len(set([Clear()]) | src) > 0, len(src))
