d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print("RuntimeError", e)
d = {1: 1}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.remove(x)
print(l)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
# recursive reprs
l = [1]; l.append(l); print(l)
d = {}; d["self"] = d; print(d)

# dict ordering and views
d = {"b": 1, "a": 2}
d["c"] = 3; del d["b"]; d["b"] = 4
print(d, list(d.keys()), list(d.values()), list(d.items()))
k = d.keys(); d["z"] = 0; print(k, len(k), "z" in k, repr(d.values()), repr(d.items()))
print(d.keys() == {"a", "c", "b", "z"}, d.items() >= {("a", 2)}, {"x": 1}.keys() | ["y"])
print(dict(sorted(d.items())), {**d, "a": 99})
x = {}; x |= {"q": 1}; x |= [("r", 2)]; print(x)
try:
    x | [("s", 3)]
except TypeError as e:
    print(e)
# equality of int/float/bool keys
e = {1: "int"}; e[1.0] = "float"; e[True] = "bool"; print(e)
# hash collisions with custom objects
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K{self.v}"
m = {K(1): "a", K(2): "b"}; m[K(1)] = "c"; print(m, K(2) in m, K(3) in m)
# dict comprehension evaluation order
print({print("k", i) or i: print("v", i) or i for i in range(2)})
# setdefault/get with mutable
dd = {}
dd.setdefault("l", []).append(1); dd.setdefault("l", []).append(2); print(dd)
# fromkeys shared value
fk = dict.fromkeys("ab", []); fk["a"].append(1); print(fk)
# popitem LIFO
pi = {1: 1, 2: 2, 3: 3}; print(pi.popitem(), pi)
# clear and copy
cp = pi.copy(); pi.clear(); print(pi, cp)
# dict() from various
print(dict({"a": 1}, b=2), dict([("a", 1)], a=3), dict(zip(range(3), "abc")))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict(["ab", "cde"])
except ValueError as e:
    print(e)
try:
    {}.update(1, 2)
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print(e)
print({}.get(1, 2), {1: None}.get(1, 2))
# KeyError with tuple key
try:
    {}[(1, 2)]
except KeyError as ke:
    print(repr(ke), str(ke))
try:
    {}[""]
except KeyError as ke:
    print(repr(ke), str(ke))
# list extras
L = list(range(10))
L[2:5] = []; print(L)
L[::2] = "abcd"; print(L)
try:
    L[::2] = [1]
except ValueError as e:
    print(e)
del L[::3]; print(L)
L2 = [3, 1, 2]; L2 *= 2; print(L2)
print([1, 2, 3] * 0, [[]] * 3, list("abc") + ["d"])
print(sorted([(2, "b"), (1, "b"), (2, "a")]), sorted(["B", "a", "C"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
print(max([(1, "z"), (1, "a")]), min([], default=None), [1, 2, 3].__contains__(2), [].__len__())
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    [].remove(1)
except ValueError as e:
    print(e)
try:
    list(1)
except TypeError as e:
    print(e)
print(list.__repr__([1]), [1, 2] == (1, 2), [1] != [1], [[1, 2], [3]][1][0], [0.1, 1e20, -0.0, float("nan")])
a = [1, 2]; b = a; a += [3]; print(b); a = a + [4]; print(b, a)
print([x for x in range(10)][-3:], list(range(10))[-100:2], list(range(10))[8:-100:-3])
print(list(reversed([1, 2, 3])), [1, 2, 3][::-2], "".join(reversed("abc")))
nested = [[0] * 2 for _ in range(2)]; nested[0][0] = 1; print(nested)
