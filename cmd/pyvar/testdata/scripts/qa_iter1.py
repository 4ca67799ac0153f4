# for-loop / unpack fast paths with unusual iterables
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
for v in It(): print("it", v)
class GetItem:
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 100
for v in GetItem(): print("gi", v)
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise ValueError("next failed")
try:
    for v in BadNext(): pass
except ValueError as e:
    print("ValueError", e)
d = {"a": 1, "b": 2}
for k, v in d.items(): print(k, v)
for (a, b), c in [((1, 2), 3)]: print(a, b, c)
for a, *b in [(1, 2, 3), [4], "xyz"]: print(a, b)
try:
    for a, b in [(1, 2), (3, 4, 5)]: print(a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in [(1,)]: pass
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in [1]: pass
except TypeError as e:
    print("TypeError", e)
class T(tuple): pass
x, y = T((1, 2)); print(x, y)
class L(list):
    def __iter__(self): return iter(["overridden", "iter"])
p, q = L([1, 2]); print(p, q)
for v in L([1, 2]): print("L", v)
class TupIter(tuple):
    def __iter__(self): return iter("ab")
m, n = TupIter((1, 2)); print(m, n)
for v in TupIter((7, 8)): print("TI", v)
s = {3, 1, 2}
print(sorted(v for v in s))
for i, ch in enumerate("hi"): print(i, ch)
for v in range(3, 0, -1): print("r", v)
for v in reversed(range(2)): print("rev", v)
lst = [1, 2, 3]
for v in lst:
    if v == 1: lst.remove(v)
    print("mut", v)
g = (i for i in range(2))
for v in g: print("gen", v)
for v in g: print("never")
for v in iter([1, 2].pop, None) if False else []: pass
a, b, c = "xyz"; print(a, b, c)
a, b = b"ok"; print(a, b)
a, b = {"k1": 0, "k2": 0}; print(a, b)
(a, b), = [(9, 8)]; print(a, b)
