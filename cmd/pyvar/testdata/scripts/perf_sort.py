import random
# comparison counts, stability, errors, key, reverse: compared with CPython
class C:
    calls = 0
    def __init__(self, v, tag): self.v = v; self.tag = tag
    def __lt__(self, o):
        C.calls += 1
        return self.v < o.v
    def __repr__(self): return "%d%s" % (self.v, self.tag)
rng = random.Random(5)
def seqs():
    for n in (0, 1, 2, 3, 5, 32, 33, 65, 257, 1200):
        yield "random", [rng.randrange(n // 3 + 1) for _ in range(n)]
        yield "sorted", list(range(n))
        yield "reversed", list(range(n, 0, -1))
        yield "runs", [(i * 37) % 101 + (i // 50) * 100 for i in range(n)]
        yield "sawtooth", [i % 17 for i in range(n)]
        yield "fewdup", [rng.choice((1, 2, 3)) for _ in range(n)]
        yield "almost", sorted(rng.randrange(1000) for _ in range(n))[::-1][:n // 2] + list(range(n - n // 2))
for name, s in seqs():
    for rev in (False, True):
        objs = [C(v, chr(97 + i % 26)) for i, v in enumerate(s)]
        C.calls = 0
        r = sorted(objs, reverse=rev)
        c1 = C.calls
        C.calls = 0
        r2 = sorted(objs, key=lambda o: o, reverse=rev)
        print(name, len(s), rev, c1, C.calls, hash(tuple(map(repr, r))) == hash(tuple(map(repr, r2))), "".join(o.tag for o in r)[:60])
        assert [o.v for o in r] == sorted(s, reverse=rev)
# an exception in the middle leaves a permutation
class Boom:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Boom.n += 1
        if Boom.n == 300: raise ValueError("boom")
        return self.v < o.v
xs = [Boom(rng.randrange(100)) for _ in range(200)]
try:
    xs.sort()
except ValueError as e:
    print("raised", e, Boom.n, sorted(b.v for b in xs) == sorted(b.v for b in xs), len(xs), [b.v for b in xs][:20])
# keys, mixed types, strs, floats, tuples
print(sorted(["b", "A", "a", "B", "é", "ab"]), sorted([3.5, -1.0, 2, float("inf"), 0.0, -0.0]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(range(20), key=lambda x: x % 3))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
l = [3, 1, 2]
def k(x):
    l.append(x)
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print(e, l)
print(sorted([5, 3, 9], reverse=True), sorted("hello world", key=str.upper, reverse=True))
