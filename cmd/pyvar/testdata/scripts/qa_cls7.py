# __getattr__ on modules via class, __dir__, __format__, __bytes__, __complex__, __round__, __trunc__, __floor__ etc.
import math
class Num:
    def __init__(self, v): self.v = v
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return 7
    def __round__(self, nd=None): return ("round", nd)
    def __bytes__(self): return b"bytes!"
    def __dir__(self): return ["b", "a"]
    def __format__(self, spec): return f"fmt[{spec}]"
    def __complex__(self): return 2j
    def __float__(self): return 1.25
    def __int__(self): return 5
    def __index__(self): return 6
n = Num(1)
print(round(n), round(n, 2), bytes(n), dir(n), format(n, "x"), complex(n), float(n), int(n), operator_index := n.__index__())
print(f"{n:spec}", "{:q}".format(n), "{0!s:>3}".format(5))
# __sizeof__-free: __iter__ returning generator; __next__ via class
class Gen:
    def __iter__(self):
        yield from range(3)
print(list(Gen()), sum(Gen()), 2 in Gen())
# __getitem__ with slices
class Sl:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        if isinstance(k, tuple):
            return ("tuple", k)
        return ("item", k)
s = Sl()
print(s[1:2], s[::3], s[1, 2], s[1:2, 3], s[...], s["k"])
# __setitem__/__delitem__ with slices
class Rec:
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
r = Rec(); r[1:2] = [1]; del r[::2]; r[1, 2] = 0
# __eq__ and __ne__ independence; __ne__ default inverts __eq__
class E:
    def __eq__(self, o): return "eqresult"
print(E() != E(), E() == 1)
# __lt__ used by sorted and min; __gt__ reflection
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Lt{self.v}"
print(sorted([Lt(3), Lt(1)]), min(Lt(2), Lt(0)), max([Lt(2), Lt(5)]))
print(Lt(1) > Lt(0))  # uses reflected __lt__
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print(e)
# __bool__ on class used by if/while/and/or/not
class B:
    def __init__(self, b): self.b = b
    def __bool__(self): print("bool called"); return self.b
if B(True): print("if ok")
x = B(False) or "fallback"; print(x)
print(not B(True))
# __call__ with various signatures, and staticmethod __call__
class Callable:
    def __call__(self, a, *, k=1): return a, k
print(Callable()(1, k=2))
try:
    Callable()()
except TypeError as e:
    print(e)
# __hash__ used by dict; __eq__ called on collision
class HK:
    def __init__(self, k): self.k = k
    def __hash__(self): print("hash", self.k); return 1
    def __eq__(self, o): print("eq", self.k, o.k); return self.k == o.k
d = {HK(1): "a"}
print(d[HK(1)])
