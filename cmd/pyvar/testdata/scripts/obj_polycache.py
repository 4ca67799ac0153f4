# Attribute sites that see several classes (the caches keep a few ways):
# every mutation between two runs of the same sites must be seen.
class Task:
    kind = "task"

    def __init__(self, p):
        self.p = p
        self.q = 0

    def step(self):
        return ("Task", self.p)


class A(Task):
    def step(self):
        return ("A", self.p)


class B(Task):
    def step(self):
        return ("B", self.p)


class C(Task):
    kind = "c"


class D(Task):
    def step(self):
        return ("D", self.p, self.q)


class E(Task):
    pass


def sweep(objs, v):
    out = []
    for o in objs:
        o.q = v
        out.append((o.step(), o.p, o.q, o.kind))
    return out


objs = [A(1), B(2), C(3), D(4), E(5)]
for i in range(12):
    r = sweep(objs, i)
print(r)

# a method replaced on one class of the site, a class attribute rebound
B.step = lambda self: ("B2", self.p)
Task.kind = "TASK"
print(sweep(objs, 20))

# a property added later on a base of every class at the site
Task.q = property(lambda self: "q-prop", lambda self, v: None)
print(sweep(objs, 30))
del Task.q
print(sweep(objs, 31))

# an instance attribute shadowing a method on one object only
objs[0].step = lambda: "shadow"
print(sweep(objs, 40))
del objs[0].step
print(sweep(objs, 41))

# __class__ assignment between the classes the site knows
objs[1].__class__ = D
objs[3].__class__ = A
print(sweep(objs, 50))

# __dict__ replaced, and read through vars()
objs[2].__dict__ = {"p": "new p", "q": None}
print(sweep(objs, 60))
print([vars(o) for o in objs])

# __getattr__ and __setattr__ added later on one class
def ga(self, name):
    return "ga:" + name
D.__getattr__ = ga
del objs[1].q
print(objs[1].q, objs[1].missing)
def sa(self, name, value):
    object.__setattr__(self, name, ("wrapped", value))
A.__setattr__ = sa
print(sweep(objs, 70))
del A.__setattr__

# a base changed under the site
class Other:
    kind = "other"
    def step(self):
        return ("Other", self.p)
class F(Task):
    pass
f = F(9)
objs.append(f)
print(sweep(objs, 80)[-1])
F.__bases__ = (Other,)
print(sweep(objs, 81)[-1])

# a metaclass that changes what the class attribute reads return
class Meta(type):
    pass
class G(Task, metaclass=Meta):
    pass
g = G(10)
objs.append(g)
print(sweep(objs, 90)[-1])
Meta.kind = "meta kind (not seen by instances)"
print(sweep(objs, 91)[-1])
G.kind = "g kind"
print(sweep(objs, 92)[-1])

# instances of one class with their attributes set in different orders
class H:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 3
            self.a = 4
def read(h):
    return h.a, h.b, list(vars(h))
hs = [H(True), H(False), H(True), H(False)]
for i in range(3):
    print([read(h) for h in hs])

# properties and other data descriptors read at a cached site
class Pr:
    def __init__(self, v):
        self.__dict__["v"] = "instance v"
        self._v = v

    @property
    def v(self):
        return ("prop", self._v)


class PrS(Pr):
    @property
    def v(self):
        raise AttributeError("no v here")

    def __getattr__(self, name):
        return ("getattr", name)


class Sl:
    __slots__ = ("v",)


def readv(o):
    try:
        return o.v
    except AttributeError as exc:
        return ("AttributeError", str(exc))


sl = Sl()
ps = [Pr(1), PrS(2), sl]
for i in range(10):
    r = [readv(p) for p in ps]
print(r)
sl.v = "slot set"
Pr.v = property(lambda self: ("new prop", self._v))
print([readv(p) for p in ps])
del Pr.v
print([readv(p) for p in ps])
Pr.v = "plain class attribute"
print([readv(p) for p in ps])
del sl.v
print([readv(p) for p in ps])

# class-level descriptors that do not bind as methods, and method reads
# that make bound methods (a call with keywords uses LOAD_ATTR)
class K:
    base = 10

    def __init__(self):
        self.n = 1

    @classmethod
    def make(cls, k=0):
        return (cls.__name__, k)

    @staticmethod
    def helper(x, k=0):
        return ("helper", x, k)

    def m(self, k=0):
        return ("m", self.n, k)


class K2(K):
    pass


def use(o):
    return (o.make(), o.make(k=1), o.helper(2), o.helper(3, k=4), o.m(k=5), o.m.__name__)


ks = [K(), K2()]
for i in range(10):
    r = [use(o) for o in ks]
print(r)
K.helper = lambda self, x=0, k=0: ("now a method", x, k)
K.make = staticmethod(lambda k=0: ("static make", k))
print([use(o) for o in ks])
ks[0].m = lambda k=0: ("instance m", k)
ks[1].make = lambda k=0: ("instance make", k)
print([use(o) for o in ks])
K.m = property(lambda self: (lambda k=0: ("property m", k)))
print([use(o) for o in ks])


# stores through data descriptors: a property setter, a read-only
# property, __slots__ members
class W:
    __slots__ = ("a", "_b")

    def getb(self):
        return self._b

    def setb(self, v):
        self._b = ("set", v)

    b = property(getb, setb)
    ro = property(lambda self: "read-only")


def store(o, v):
    err = None
    o.a = v
    o.b = v
    try:
        o.ro = v
    except AttributeError as exc:
        err = str(exc)
    return (o.a, o.b, o.ro, err)


w = W()
for i in range(10):
    r = store(w, i)
print(r)
W.b = property(W.getb, lambda self, v: setattr(self, "_b", ("other setter", v)))
print(store(w, 20))
print(store(type("NoSlots", (), {"ro": 1})(), 1))
del W.b
try:
    store(w, 30)
except AttributeError as exc:
    print("AttributeError", exc)

# attributes read from classes themselves (C.x, C.method(...))
class Base:
    X = "Base.X"

    @classmethod
    def cm(cls):
        return ("cm", cls.__name__)

    @staticmethod
    def sm():
        return "sm"

    def f(self):
        return "f"

    p = property(lambda self: "p")


class Sub(Base):
    pass


def readc(C):
    return (C.X, C.cm(), C.sm(), C.f(None), type(C.p).__name__, C.__name__, C.cm.__name__)


cs = [Base, Sub]
for i in range(10):
    r = [readc(C) for C in cs]
print(r)
Sub.X = "Sub.X"
Base.sm = staticmethod(lambda: "sm2")
print([readc(C) for C in cs])
del Sub.X
Base.X = "Base.X2"
print([readc(C) for C in cs])


class Meta(type):
    def __getattr__(cls, name):
        return ("Meta.__getattr__", name)


class Other(Base, metaclass=Meta):
    pass


def readx(C):
    return C.X, C.Y, C.mro()[0].__name__


for i in range(10):
    r = readx(Other)
print(r)
Meta.X = property(lambda cls: "Meta.X property wins")
print(readx(Other))
del Meta.X
del Base.X
print(readx(Other))


def ready(C):
    try:
        return C.X
    except AttributeError as exc:
        return ("AttributeError", str(exc))


for i in range(10):
    r = ready(Sub)
print(r)
Base.X = "Base.X3"
print(ready(Sub))


class Third:
    X = "Third.X"


Sub.__bases__ = (Third,)
print(ready(Sub), ready(Base))

# module attributes at a cached site (math.sqrt and the like)
import sys
import math

ModuleType = type(sys)
m1 = ModuleType("m1")
m1.f = lambda x: ("m1.f", x)
m1.k = 1
m2 = ModuleType("m2")
m2.f = lambda x: ("m2.f", x)
m2.k = 2


def readm(m):
    try:
        return (m.f(3), m.k)
    except AttributeError as exc:
        return ("AttributeError", str(exc))


for i in range(10):
    r = [readm(m) for m in (m1, m2)]
print(r, math.sqrt(16.0), math.floor(2.5))
m1.k = "rebound"
m2.f = lambda x: ("m2.f new", x)
print([readm(m) for m in (m1, m2)])
del m1.k
print([readm(m) for m in (m1, m2)])
m1.__getattr__ = lambda name: ("module __getattr__", name)
print([readm(m) for m in (m1, m2)])
m1.k = "back"
print([readm(m) for m in (m1, m2)])
