# comparison special cases from test_class situations
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
    def __lt__(self, o): return self.v < getattr(o, "v", o)
    def __le__(self, o): return self.v <= getattr(o, "v", o)
    def __repr__(self): return f"Cmp({self.v})"
print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) < 2, 2 > Cmp(1), 3 >= Cmp(3), Cmp(5) > Cmp(2))
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(4)), Cmp(2) in [Cmp(1), Cmp(2)])
try:
    Cmp(1) >= "x" if False else Cmp(1) > None
except TypeError as e:
    print(e)
class OnlyEq:
    def __eq__(self, o): return "truthy"
print(OnlyEq() == 1, OnlyEq() != 1, [OnlyEq()] == [1], OnlyEq() in [1])
class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class Identity: pass
a = Identity()
print(a == a, a != a, a == Identity(), [a] == [a])
nan = float("nan")
print(nan == nan)
# __bool__ and __len__ precedence
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()), len(Both()))
# __iter__ = None blocks iteration
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(e)
# __contains__ = None
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    iter(NoContains()).__next__(); 1 in NoContains() if False else None
except TypeError as e:
    print(e)
# __eq__ returning NotImplemented for both -> identity
class NI:
    def __eq__(self, o): return NotImplemented
n = NI(); print(n == n, n == NI(), n != NI())
# special method lookup on type, not instance
class Sp:
    def __len__(self): return 1
sp = Sp(); sp.__len__ = lambda: 99
print(len(sp), sp.__len__())
# __getattr__ not used for special methods
class GA:
    def __getattr__(self, n): return lambda *a: 42
try:
    len(GA())
except TypeError as e:
    print(e)
print(GA().__len__())
# __new__ returning other type skips __init__
class Weird:
    def __new__(cls): return 5
    def __init__(self): print("never")
print(Weird())
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1 = Single(1); s2 = Single(2); print(s1 is s2, s1.v)
# __del__ isn't needed; __repr__ fallback
class R: pass
print(repr(R())[:12], str(R())[:12])
# class attribute vs instance attribute shadowing
class Cnt:
    count = 0
    def inc(self): self.count += 1
c = Cnt(); c.inc(); c.inc(); print(c.count, Cnt.count)
# methods are descriptors
def free(self): return "free", type(self).__name__
Cnt.free = free
print(c.free(), Cnt.free(c), type(Cnt.free).__name__, type(c.free).__name__)
bm = c.inc; print(bm == c.inc, bm is c.inc, bm.__self__ is c)
# __index__ usage
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], "abc"[Idx()], range(10)[Idx()], hex(Idx()), [1, 2, 3][:Idx()], 3 * [Idx()][0].__index__())
try:
    fl = 1.5; [1][fl]
except TypeError as e:
    print(e)
# __reversed__, __length_hint__ style
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
# __missing__ only for dict subclasses
class Dm(dict):
    def __missing__(self, k):
        self[k] = v = len(k)
        return v
dm = Dm(); print(dm["abc"], dm)
# inheritance of special methods from builtins
class MyList(list):
    def __len__(self): return 100
ml = MyList([1]); print(len(ml), bool(MyList()), ml + [2], type(ml + [2]).__name__)
class MyInt(int):
    def __add__(self, o): return "added"
print(MyInt(1) + 1, 1 + MyInt(1), sum([MyInt(1)], 0) if False else None)
class MyStr(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(MyStr("a") == "b", "b" == MyStr("a"))
# __call__ on class via metaclass, and instance callable check
class CallMe:
    def __call__(self): return "inst call"
print(CallMe()(), callable(CallMe), callable(CallMe()))
# __str__ on exception subclass used by print
class E(Exception):
    def __str__(self): return "custom E"
print(E("x"), repr(E("x")))
# rich attribute errors
class Slotted:
    __slots__ = ()
try:
    Slotted().x = 1
except AttributeError as e:
    print(e)
try:
    Slotted.y
except AttributeError as e:
    print(e)
try:
    type.x
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
