# Dict comprehensions whose size the source predicts (MAP_ADD reserves
# room from the outer iterator's progress): contents, order, chains of
# equal hashes and lookups must not depend on the prediction.

class H:
    """Keys that all share one hash: one chain in the index."""
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, H) and self.n == other.n
    def __repr__(self):
        return "H(%d)" % self.n

def check(d):
    print(len(d), list(d)[:5], list(d)[-3:], sum(1 for k in d if k in d))

xs = [i * 7 % 100 for i in range(1000)]
check({x: x * x for x in xs})                 # duplicates: 100 keys from 1000 items
check({x: x for x in xs if x % 3})            # filtered duplicates
check({i: i for i in range(300)})             # exact
check({-i: i for i in range(300)})            # hash(-1) == hash(-2)
check({i: i for i in range(300) if i > 290})  # filter rejects early items
check({i: s for i, s in enumerate("abcdefghij" * 30)})
check({a: b for a, b in zip(range(500), range(100))})
check({a: b for a, b in zip(range(50), range(400))})
sq = {i: str(i) for i in range(400)}
check({v: k for k, v in sq.items()})
check({k: 1 for k in sq})
check({v: 1 for v in sq.values()})
check({H(i % 50): i for i in range(200)})     # one chain, duplicates
hs = {H(i): i for i in range(120)}
print(hs[H(0)], hs[H(119)], H(120) in hs)
check({(a, b): a * b for a in range(20) for b in range(20)})   # nested
check({a: b for a in range(20) for b in range(a)})

# a source that grows or shrinks while the comprehension runs
src = list(range(10))
d = {}
def grow(x):
    if len(src) < 200:
        src.append(len(src))
    return x
check({grow(x): x for x in src})
src = list(range(200))
def shrink(x):
    if len(src) > 20:
        src.pop()
    return x
check({shrink(x): x for x in src})

# deletes and reinserts after a predicted build
d = {i: i for i in range(100)}
for i in range(0, 100, 2):
    del d[i]
d.update({i: -i for i in range(100, 160)})
check(d)
print(d.popitem(), d.get(51), d.get(50))

# a key whose __eq__ adds to the dict being compared against is not
# reachable from the comprehension; an exception mid-build leaves nothing
class Bad:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("no eq")
try:
    {k: 1 for k in [1, Bad(), Bad()]}
except ValueError as e:
    print("ValueError", e)
try:
    {k: 1 for k in [[1]] + list(range(100))}
except TypeError as e:
    print("TypeError", e)
