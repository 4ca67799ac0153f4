# test_descr basics situations
class Base:
    def __init__(self): self.log = []
    def meth(self): return "Base.meth"
# classmethod/staticmethod descriptors manually
cm = classmethod(lambda cls: cls.__name__)
sm = staticmethod(lambda: "static")
print(cm.__func__.__name__)
# property descriptor API
prop = property(lambda self: 42, doc="pdoc")
print(prop.__doc__)
p2 = prop.setter(lambda self, v: None)
print(p2.fset is not None, p2 is not prop)
# type.__call__ and __new__/__init__ protocol
class Tracker:
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls)
    def __init__(self, *a, **k):
        print("init", a, k)
Tracker(1, x=2)
t = Tracker.__new__(Tracker); print(type(t).__name__)
# overriding __eq__ only for subclass
class Pt:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, Pt) and self.x == o.x
    __hash__ = lambda self: hash(self.x)
print(Pt(1) == Pt(1), len({Pt(1), Pt(1)}), Pt(1) in [Pt(1)])
# attribute assignment on builtin types fails
for target in (int, list, object):
    try:
        target.newattr = 1
    except TypeError as e:
        print(e)
# dynamic class modification affects existing instances
class Dyn: pass
dy = Dyn()
Dyn.greet = lambda self: "hi"
print(dy.greet())
Dyn.__repr__ = lambda self: "<Dyn>"
print(repr(dy), str(dy))
Dyn.__len__ = lambda self: 3
print(len(dy))
# __bases__ change
class NB1:
    def who(self): return "NB1"
class NB2:
    def who(self): return "NB2"
class Child(NB1): pass
c = Child(); print(c.who())
print(c.who(), Child.__mro__[1].__name__)
# __subclasshook__-free issubclass with ABC-like __instancecheck__ on metaclass
class Meta(type):
    def __subclasscheck__(cls, sub): return sub is int
class Virtual(metaclass=Meta): pass
print(issubclass(int, Virtual), issubclass(str, Virtual))
# __init__ inherited from builtin
class MyDict(dict):
    pass
md = MyDict(a=1); md.extra = 2; print(md, md.extra, type(md).__name__, isinstance(md, dict))
class MyTuple(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
mt = MyTuple(1, 2); print(mt, len(mt), type(mt).__name__, mt[0])
class MyFloat(float):
    def __repr__(self): return f"MyFloat({float(self)})"
print(MyFloat(1.5), MyFloat(1.5) + 1, [MyFloat(2)])
# __slots__ with inheritance
class S1:
    __slots__ = ("a",)
class S2(S1):
    pass
s2 = S2(); s2.a = 1; s2.b = 2; print(s2.a, s2.b, hasattr(s2, "__dict__"))
class S3(S1):
    __slots__ = ("c",)
s3 = S3(); s3.c = 3
try:
    s3.d = 4
except AttributeError as e:
    print(e)
print(S1.__slots__, S3.__slots__)
