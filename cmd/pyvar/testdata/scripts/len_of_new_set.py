# len(set(it)) and len(a & b) are counted without making the set (the VM
# sees the result go straight to the built-in len): the same __hash__ and
# __eq__ calls in the same order, the same errors, and not when len or set
# is another object, for subclasses, or under a profiler.
class H:
    def __init__(self, v, h): self.v, self.h = v, h
    def __hash__(self): print("hash", self.v); return self.h
    def __eq__(self, o): print("eq", self.v, o.v); return self.v == o.v
print(len(set(x for x in range(5))), len(set([1,1,2])), len(frozenset("abca")))
print(len(set([H(1, 0), H(2, 0), H(1, 0)])))
a, b = {1, 2, 3, 4}, frozenset({3, 4, 5})
print(len(a & b), len(b & a), len(a & a), len(a & {1: 2}.keys()) if False else 0)
try:
    len(set([[1]]))
except TypeError as e:
    print("TypeError", e)
try:
    len({1} & [1])
except TypeError as e:
    print("TypeError", e)
x = set
print(len(x(range(3))), len(set({1: 2, 3: 4})), len(set({5, 6})))
len_ = len
def len(o): return 99
print(len(set([1])), len({1} & {1}))
del len
class S(set): pass
print(len(S([1, 2]) & S([2])), len({1, 2} & S([2, 3])))
sa = {H(1, 7), H(2, 7)}
sb = {H(2, 7), H(3, 7)}
print("n", len(sa & sb))
def g():
    yield 1
    raise ValueError("in gen")
try:
    print(len(set(g())))
except ValueError as e:
    import traceback; print("ValueError", e, traceback.extract_tb(e.__traceback__)[0].line)
import sys
events = []
def prof(frame, ev, arg):
    if ev.startswith("c_"):
        events.append((ev, getattr(arg, "__name__", "?")))
sys.setprofile(prof)
n1 = len(set(range(3)))
n2 = len({1, 2} & {2})
sys.setprofile(None)
print(n1, n2, [e for e in events if e[1] == "len"])
# The count is of the set the builder made: equal members once each.
print(len(set([1, 1.0, True, 2])), len({1, 2.0} & {2, 1.0}), len(set("")), len(set() & {1}))
