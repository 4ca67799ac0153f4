s = {3, 1, 2}
print(sorted(s), len(s), 2 in s, s == {1, 2, 3}, s != {1}, s <= {1, 2, 3, 4}, s > {1}, s.issubset(range(5)))
s.add(4); s.discard(10); s.remove(4)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)
u = s.union({5}); s.update([6], (7,)); print(sorted(u), sorted(s))
s.intersection_update({1, 2, 6, 9}); print(sorted(s))
s.difference_update([1]); print(sorted(s))
s.symmetric_difference_update({2, 3}); print(sorted(s))
t = s.copy(); s.clear(); print(s, sorted(t), set(), frozenset(), repr({1}), repr(frozenset({1})))
fs = frozenset([1, 2])
print(hash(fs) == hash(frozenset([2, 1])), {fs: "ok"}[frozenset([1, 2])], fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
try:
    fs.add(3)
except AttributeError as e:
    print(e)
try:
    {[]}
except TypeError as e:
    print(e)
try:
    {1} + {2}
except TypeError as e:
    print(e)
try:
    {1} < [1]
except TypeError as e:
    print(e)
print({1, 2} - {2}, {1} & {2}, set("abc") ^ set("bcd") == {"a", "d"}, {x % 3 for x in range(10)})
print(set([1, 2, 2]) == {1, 2}, {1, 2}.isdisjoint([3]), frozenset() == set(), {1.0} == {1}, {True} == {1})
e = set(); e |= {1}; e &= {1, 2}; e -= {5}; e ^= {9}; print(sorted(e))
print(min({4, 2, 8}), max(frozenset({4, 2, 8})), sum({1, 2}), sorted({"b", "a"}), list({5}))
class HashMe:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
print(len({HashMe(1), HashMe(1), HashMe(2)}))
# tuple methods and behavior
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[1:3], t[::-1], t + (4,), t * 2, 3 in t, len(t), tuple(reversed(t)), max(t))
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
print((1,) == (1,), (1, 2) < (1, 2, 3), (2,) > (1, 9), () < (0,), hash((1, "a")) == hash((1, "a")), (1, (2, [3]))[1][1])
x = ([1], 2); x[0].append(9); print(x)
try:
    x[0] += [5]
except TypeError as e:
    print(e, x)
print(tuple("ab"), tuple(), tuple(range(3)), tuple({1: 2}), (), (1,), repr((1,)), str(()), repr(((),)))
a, b = (1, 2)[::-1]; print(a, b)
