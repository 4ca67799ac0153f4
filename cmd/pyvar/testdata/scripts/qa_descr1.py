class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return f"get {self.name} from {type(inst).__name__}"
    def __set__(self, inst, value):
        print("set", self.name, value)
        inst.__dict__[self.name] = value
    def __delete__(self, inst):
        print("delete", self.name)
class NonData:
    def __get__(self, inst, owner=None):
        return "nondata"
class C:
    d = Desc()
    n = NonData()
c = C()
print(c.d, type(C.d).__name__)
c.d = 5
print(c.d, c.__dict__)
del c.d
print(c.n)
c.__dict__["n"] = "instance wins"
print(c.n)
# property
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 10
    @x.deleter
    def x(self): print("deleting x"); self._x = None
    ro = property(lambda self: "readonly")
p = P(); p.x = 2; print(p.x); del p.x; print(p.x, P.x.__doc__, type(P.x).__name__)
try:
    p.ro = 1
except AttributeError as e:
    print("AttributeError", type(e).__name__)
print(P.x.fget.__name__, P.ro.fset, isinstance(P.x, property))
# staticmethod/classmethod objects
class S:
    @staticmethod
    def st(a): return a
    @classmethod
    def cl(cls, a): return cls.__name__, a
class T(S): pass
print(S.st(1), S().st(2), T.cl(3), T().cl(4), type(S.__dict__["st"]).__name__, type(S.__dict__["cl"]).__name__)
print(S.__dict__["st"].__func__(9), callable(S.__dict__["st"]))
# __slots__
class Sl:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Sl()
print(s.a, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", type(e).__name__)
try:
    s.b
except AttributeError as e:
    print("AttributeError", type(e).__name__)
print(type(Sl.a).__name__)
# metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"injected": 1}
class WithMeta(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v): self.v = v
w = WithMeta(5)
print(w.v, WithMeta.injected, type(WithMeta).__name__, isinstance(WithMeta, Meta))
class Sub(WithMeta): pass
print(type(Sub).__name__)
# __init_subclass__ and __class_getitem__
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A1(Base, tag="a"): pass
class A2(Base): pass
print(Base.registry)
class G:
    def __class_getitem__(cls, item): return f"G[{item}]"
print(G[int])
# type() three-arg
Dyn = type("Dyn", (object,), {"m": lambda self: "dyn", "k": 1})
print(Dyn().m(), Dyn.k, Dyn.__name__, Dyn.__qualname__, Dyn.__module__)
print(type(1) is int, type("x", (), {}).__bases__)
try:
    type("x", (1,), {})
except TypeError as e:
    print(e)
# class attributes
class Doc:
    "class doc"
print(Doc.__doc__, Doc.__name__, Doc.__module__, type(Doc.__dict__).__name__, Doc.__dict__["__doc__"])
try:
    Doc.__dict__["x"] = 1
except TypeError as e:
    print(e)
print(Doc.__bases__, Doc.__base__, object.__base__, bool.__base__, int.__subclasses__()[:1] if False else None)
print(repr(Doc), repr(int), repr(Doc())[:18], str(type), repr(type(None)))
Doc.__name__ = "Renamed"
print(Doc.__name__, repr(Doc))
# instance __class__ assignment
class X1: pass
class X2:
    def who(self): return "X2"
x = X1(); x.__class__ = X2; print(x.who())
# vars and dir
class V:
    cls_attr = 1
    def __init__(self): self.inst = 2
print(vars(V()), "cls_attr" in dir(V()), "inst" in dir(V()), sorted(k for k in dir(V()) if not k.startswith("_")))
# isinstance/issubclass with tuples and ABC-free
print(issubclass(bool, (str, int)), isinstance(None, type(None)), issubclass(type, object), isinstance(type, type), isinstance(object, type))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
