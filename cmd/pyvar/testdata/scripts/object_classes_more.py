class Base:
    def __init__(self): print("Base.init"); super().__init__()
class L(Base):
    def __init__(self): print("L.init"); super().__init__()
class R(Base):
    def __init__(self): print("R.init"); super().__init__()
class D(L, R):
    def __init__(self): print("D.init"); super().__init__()
D(); print([c.__name__ for c in D.__mro__])
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a = Single(1); b = Single(2); print(a is b, a.v)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("deleting"); del self._x
p = P(); p.x = 5; print(p.x); del p.x; print(hasattr(p, "_x"))
try: P.x.fset(p, 1); print(p._x)
except Exception as e: print(e)
class G:
    def __getattr__(self, name):
        if name.startswith("dyn_"): return name[4:]
        raise AttributeError(f"no {name}")
g = G(); print(g.dyn_abc, getattr(g, "zzz", "default"))
try: g.zzz
except AttributeError as e: print(e)
class S:
    def __setattr__(self, n, v):
        print("setattr", n, v); super().__setattr__(n, v.upper() if isinstance(v, str) else v)
    def __delattr__(self, n):
        print("delattr", n); object.__delattr__(self, n)
s = S(); s.a = "x"; s.b = 1; print(s.a, s.b, vars(s)); del s.a; print(vars(s))
class It:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n): yield i
    def __len__(self): return self.n
    def __reversed__(self): return iter(range(self.n - 1, -1, -1))
it = It(3); print(list(it), 2 in it, 5 in it, list(reversed(it)), len(it), bool(It(0)), sorted(it, reverse=True))
class Idx:
    def __index__(self): return 2
print([1, 2, 3, 4][Idx()], [1, 2, 3, 4][:Idx()], "abc"[Idx()], range(10)[Idx()], bin(Idx()), hex(Idx()))
class F:
    def __format__(self, spec): return f"F<{spec}>"
    def __str__(self): return "Fstr"
print(f"{F():abc} {F()} {F()!s}", format(F(), "x"), str(F()), repr(F())[:10])
class OnlyRepr:
    def __repr__(self): return "OR"
print(str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], "%s %r" % (OnlyRepr(), OnlyRepr()))
class N:
    def __eq__(self, o): return NotImplemented
n = N(); print(n == n, n == N(), n != N(), N() == 1)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return "Num.add"
    def __radd__(self, o): return "Num.radd"
class SubNum(Num):
    def __radd__(self, o): return "SubNum.radd"
print(Num(1) + SubNum(2), SubNum(1) + Num(2), 1 + Num(1), Num(1) + 1)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2))
class CG:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(CG[int])
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    @property
    def answer(cls): return 42
class WithMeta(metaclass=Meta): pass
print(repr(WithMeta), WithMeta.answer, type(WithMeta))
class Reg:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Reg.registry.append((cls.__name__, tag))
class A1(Reg, tag="a"): pass
class A2(Reg): pass
print(Reg.registry)
class Named:
    def __set_name__(self, owner, name): self.name = owner.__name__ + "." + name
    def __get__(self, obj, typ=None): return self.name
class Holder:
    attr = Named()
print(Holder.attr, Holder().attr)
class Stat:
    count = 0
    @staticmethod
    def sm(x): return x + 1
    @classmethod
    def cm(cls): cls.count += 1; return cls.count
print(Stat.sm(1), Stat().sm(2), Stat.cm(), Stat().cm(), Stat.count)
class Sub(Stat): pass
print(Sub.cm(), Sub.count, Stat.count)
print(type(Stat.__dict__["sm"]).__name__, type(Stat.__dict__["cm"]).__name__, Stat.cm.__self__)
class Ctx:
    def __enter__(self): return "entered"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev); return False
with Ctx() as v: print(v)
try:
    with Ctx(): raise KeyError("k")
except KeyError as e: print("propagated", e)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try: raise MyErr(404, "not found")
except MyErr as e: print(e, repr(e), e.code, e.args)
class E2(ValueError): pass
try: raise E2
except ValueError as e: print(type(e).__name__, repr(e), str(e) == "")
print(issubclass(E2, Exception), E2.__bases__, E2.__mro__[-2:])
class Slotted:
    __slots__ = ("a",)
print(hasattr(Slotted(), "__dict__"))
class Dyn: pass
Dyn.method = lambda self: "dyn"
print(Dyn().method(), Dyn.__dict__["method"].__name__)
obj = Dyn(); obj.__dict__["z"] = 1; print(obj.z, vars(obj))
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, str(Dyn), Dyn.__doc__)
def outer():
    class Inner: pass
    return Inner
print(outer().__qualname__, outer())
class Doc:
    """Docstring here."""
print(Doc.__doc__, Doc().__doc__)
print(int.__name__, int.__qualname__, int.__module__)
