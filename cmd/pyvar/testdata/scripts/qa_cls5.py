# __getattribute__ interplay and AttributeError from properties falling back to __getattr__
class G:
    @property
    def p(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"fallback({name})"
print(G().p)
class H:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "getattr:" + name
h = H(); h.real = 1
print(h.real, h.boom, h.other)
class NoGA:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    NoGA().x
except KeyError as e:
    print("KeyError", e)
print(hasattr(G(), "anything"))
class Raiser:
    @property
    def bad(self):
        raise ValueError("not attribute error")
try:
    hasattr(Raiser(), "bad")
except ValueError as e:
    print("hasattr propagates", e)
print(getattr(Raiser(), "nope", "default"))
# __setattr__ with super and slots-like validation
class Validated:
    def __setattr__(self, k, v):
        if not isinstance(v, int):
            raise TypeError(f"{k} must be int")
        super().__setattr__(k, v)
v = Validated(); v.a = 1
try:
    v.b = "x"
except TypeError as e:
    print(e)
print(vars(v))
# __delattr__ blocking
class NoDel:
    def __delattr__(self, k): raise AttributeError(f"cannot delete {k}")
nd = NoDel(); nd.x = 1
try:
    del nd.x
except AttributeError as e:
    print(e)
print(nd.x)
# __dict__ assignment
class DA: pass
da = DA(); da.__dict__ = {"z": 26}; print(da.z)
try:
    da.__dict__ = 5
except TypeError as e:
    print(e)
# __class__ check with isinstance override via __class__ property
class Fake:
    @property
    def __class__(self): return int
print(isinstance(Fake(), int), type(Fake()).__name__)
# operator method lookup bypasses instance dict
class Adder:
    def __add__(self, o): return "class add"
ad = Adder(); ad.__add__ = lambda o: "instance add"
print(ad + 1, ad.__add__(1))
# in-place fallbacks to binary op
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
oa = OnlyAdd(1); oa += 5; print(oa.v)
# reflected op not tried for same type
class Same:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "radd"
try:
    Same() + Same()
except TypeError as e:
    print(e)
print(1 + Same())
# comparison chaining calls __bool__ of intermediate results
class Weird:
    def __lt__(self, o): return "truthy string"
print(Weird() < 1, (Weird() < 1 < 2))
# __contains__ returning non-bool coerced
class ContainsWeird:
    def __contains__(self, x): return 5
print(1 in ContainsWeird(), 1 not in ContainsWeird())
# __len__ huge
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError", e)
# __index__ returning non-int
# __int__ vs __index__ in int()
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()))
class OnlyTrunc:
    def __trunc__(self): return 8
print(int(OnlyTrunc()))
class FloatRet:
    def __float__(self): return 2.5
print(float(FloatRet()))
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
