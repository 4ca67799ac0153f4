# dict key hashing/equality semantics with numbers and custom objects, ordering after deletions, sizes
d = {}
for k in [1, 1.0, True, 2, 2.0, "1", (1,), (1.0,), frozenset([1]), frozenset([1.0]), -0.0, 0, False, None]:
    d[k] = repr(k)
print(d, len(d))
print({0.0: "a"} == {0: "a"}, {(): 1}[()], {(1, 2): "t"}[(1.0, 2.0)], {1 + 0j: "c"}[1])
class K:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, K) and o.k == self.k
    def __repr__(self): return f"K({self.k})"
dk = {K(1): "one", K("a"): "a"}
print(dk[K(1)], K(2) in dk, dk.get(K("a")), {K(1), K(1), K(2)})
# mutation of key object after insertion (lookup fails)
m = K(5); dm = {m: "five"}; m.k = 6
print(K(5) in dm, K(6) in dm, m in dm, list(dm.values()))
# many insertions and deletions keep order
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 3):
    del big[i]
for i in range(0, 30, 3):
    big[i] = -i
keys = list(big)
print(len(big), keys[:5], keys[-5:], sum(big.values()))
# dict equality ignores order, views respect it
a = dict(x=1, y=2); b = dict(y=2, x=1)
print(a == b, list(a) == list(b), list(a.items()), list(b.items()))
# in-place dict ops
c = {"a": 1}
c.update(b=2); c |= {"c": 3}; c.update([("d", 4)], e=5)
print(c, len(c), c.pop("a"), c.popitem(), c)
print(dict.fromkeys(range(3), "v"), dict.fromkeys("ab"))
# nested dict default patterns
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, {k: v for k, v in sorted(counts.items()) if v > 1})
