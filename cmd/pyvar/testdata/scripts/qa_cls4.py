# MRO and attribute resolution
class A:
    x = "A"
    def f(self): return "A.f"
class B(A):
    pass
class C(A):
    x = "C"
    def f(self): return "C.f"
class D(B, C):
    pass
print(D.x, D().f(), [k.__name__ for k in D.__mro__])
class O1: pass
class O2: pass
class M1(O1, O2): pass
print([k.__name__ for k in M1.mro()])
# diamond with super chain and kwargs
class Base:
    def __init__(self, **kw):
        self.trace = ["Base"]
class L(Base):
    def __init__(self, left=None, **kw):
        super().__init__(**kw); self.trace.append(f"L{left}")
class R(Base):
    def __init__(self, right=None, **kw):
        super().__init__(**kw); self.trace.append(f"R{right}")
class LR(L, R):
    def __init__(self, **kw):
        super().__init__(**kw); self.trace.append("LR")
print(LR(left=1, right=2).trace)
# class attributes modification visible through instances and subclasses
A.x = "A2"; print(B.x, B().x, D.x)
del C.x; print(D.x)
# instance dict vs class
b = B(); b.x = "inst"; print(b.x, B.x); del b.x; print(b.x)
# functions added after instance creation
A.g = lambda self: "late method"
print(b.g())
# bound method equality and repr
print(repr(b.f)[:30])
# class with __eq__ but inherits __hash__? -> None
class E1:
    def __eq__(self, o): return True
class E2(E1):
    pass
print(E2.__hash__ is None)
# __init_subclass__ default, __subclasses__
class P: pass
class Q(P): pass
class R2(P): pass
print([c.__name__ for c in P.__subclasses__()])
# type checks
print(type(D()) is D, isinstance(D(), A), issubclass(D, (int, C)), D.__base__.__name__, D.__bases__)
# class decorator
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class Decorated: pass
print(Decorated.added)
# __repr__ inheritance and str fallback
class RR:
    def __repr__(self): return "<RR>"
class SS(RR): pass
print(SS(), [SS()], str(SS()), f"{SS()!s}")
# class body executes in order, can reference earlier names
class Order:
    a = 1
    b = a + 1
    def m(self): return self.b
    c = m
print(Order.b, Order().c())
# class-level mutable default shared
class Shared:
    items = []
    def add(self, v): self.items.append(v)
s1, s2 = Shared(), Shared(); s1.add(1); s2.add(2); print(Shared.items)
# object() methods
o = object()
print(o.__class__.__name__, o.__eq__(o), o.__eq__(1), o.__ne__(1), type(o.__hash__()).__name__, o.__str__()[:8], object.__name__)
print(o.__reduce_ex__ is not None, o.__format__(""))
# getattr on class returns function; on instance bound
print(type(A.__dict__["f"]).__name__, type(A.f).__name__, type(A().f).__name__)
# __class__ of builtins
print((1).__class__, "".__class__.__name__, [].__class__.__mro__, type.__class__)
# classmethod on instance, staticmethod via instance
class CM:
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(x): return x * 2
print(type(CM().make()).__name__, CM().helper(3), CM.helper(4))
# property in subclass overriding attribute
class Pr:
    val = 1
class Pr2(Pr):
    @property
    def val(self): return "prop"
print(Pr2().val, Pr().val)
# setting attribute that is a property without setter from __init__
class RO:
    @property
    def v(self): return 1
    def __init__(self):
        try:
            self.v = 2
        except AttributeError as e:
            print("AttributeError", e)
RO()
