# Two tuples or two lists compare through their own richcompare at once:
# results, the order of item comparisons, errors and the recursion limit
# as CPython 3.10 gives them.
print((1, 2, 3) == (1, 2, 3), (1, 2, 3) == (1, 2, 4), (1, 2) != (1, 2), () == ())
print((1, 2) < (1, 2, 0), (1, 3) < (1, 2, 9), (2,) >= (1, 9), ("a", 1) <= ("a", 1.0))
print([1, 2] == [1, 2], [1, [2, 3]] < [1, [2, 4]], [] < [0], [3] > [2, 99])
print((1,) == [1], [1] != (1,), (1.0, "x") == (1, "x"), (float("inf"),) > (1e308,))
for a, b in [((1,), [1]), ([1], (1,)), ((1, "a"), (1, 2)), ([None], [None])]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)

log = []
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        log.append(("eq", self.v, getattr(o, "v", o)))
        return isinstance(o, K) and self.v == o.v
    def __lt__(self, o):
        log.append(("lt", self.v, getattr(o, "v", o)))
        return self.v < o.v
    __hash__ = None
print((K(1), K(2)) < (K(1), K(3)), log)
log.clear()
print([K(1), K(2)] == [K(1), K(5)], log)
log.clear()
print((K(0), 1) == (K(0), 1), [K(4)] >= [K(4)], log)

class T(tuple):
    def __eq__(self, o):
        return "T.__eq__"
    def __lt__(self, o):
        return "T.__lt__"
print((1, 2) == T((1, 2)), T((1,)) == (1,), (1,) < T((2,)), (1,) > T((0,)))
class L(list):
    def __gt__(self, o):
        return "L.__gt__"
print([1] < L([2]), L([2]) > [1], [1] == L([1]))

class Bad:
    def __eq__(self, o):
        raise ValueError("no eq")
try:
    print((1, Bad()) == (1, Bad()))
except ValueError as e:
    print("ValueError", e)
b = Bad()
print((1, b) == (1, b), [b] == [b])  # identity first: no __eq__

class Grow:
    def __eq__(self, o):
        lst.append(0)
        return True
lst = [Grow(), Grow()]
print(lst == [1, 2, 3], len(lst))

t = ()
for i in range(5000):
    t = (t,)
u = ()
for i in range(5000):
    u = (u,)
try:
    print(t == u)
except RecursionError as e:
    print("RecursionError", e)
l = []
for i in range(5000):
    l = [l]
try:
    print(l < [l])
except RecursionError as e:
    print("RecursionError", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([[1, 2], [1, 3], [0, 9]]))
