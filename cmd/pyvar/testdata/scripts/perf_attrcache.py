# The attribute inline caches (LOAD_ATTR, LOAD_METHOD, STORE_ATTR) under
# every mutation a program can make between two runs of the same site.
class A:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "A.m", self.x


class B(A):
    pass


def get(o):
    return o.x


def call(o):
    return o.m()


def put(o, v):
    o.x = v


a, b = A(1), B(2)
for i in range(3):
    print(get(a), get(b), call(a), call(b))

# a data descriptor defined later on a base takes over reads and writes
A.x = property(lambda self: "prop", lambda self, v: print("set via property", v))
print(get(a), get(b))
put(a, 5)
del A.x
print(get(a), get(b))

# the method rebound to a function, then to a non-function, then shadowed
A.m = lambda self: ("lambda", self.x)
print(call(a), call(b))
A.m = staticmethod(lambda: "static")
print(call(a))
A.m = lambda self: "again"
a.m = lambda: "instance attribute"
print(call(a), call(b))
del a.m
print(call(a))

# __class__ assignment
class C:
    def m(self):
        return "C.m"
    x = "C.x class attribute"


b.__class__ = C
print(call(b), get(b))
b.__class__ = B
print(call(b), get(b))

# __dict__ replaced
a.__dict__ = {"x": "new dict"}
print(get(a))
put(a, "stored")
print(a.__dict__)

# __getattr__ and __getattribute__ added later
del a.x
A.__getattr__ = lambda self, name: "getattr " + name
print(get(a))
A.__getattribute__ = lambda self, name: "getattribute " + name
print(get(a), get(b))
del A.__getattribute__, A.__getattr__

# __setattr__ added later
A.__setattr__ = lambda self, name, v: print("setattr", name, v)
put(a, 7)
del A.__setattr__
put(a, 8)
print(get(a))

# a base's namespace changed under a subclass
class D(B):
    pass


d = D(3)
for i in range(3):
    print(get(d), call(d))
B.m = lambda self: "B.m"
print(call(d))
B.x = property(lambda self: "B.x property")
print(get(d))
del B.x

# slots and missing attributes
class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = "slot"


s = S()
print(get(s))
for o in (a, s, 5):
    try:
        o.missing
    except AttributeError as e:
        print("AttributeError:", e)

# built-in methods: the same site on str, a str subclass, a list
def upper(o):
    return o.upper()


class MyStr(str):
    def upper(self):
        return "MyStr.upper"


for o in ("a", "b", MyStr("c"), "d"):
    print(upper(o))
try:
    upper([1])
except AttributeError as e:
    print("AttributeError:", e)

# an instance __dict__ of a built-in type (a function's) shadows the type's method
def rep(o):
    return o.__eq__(g)


def g():
    pass


def h():
    pass


h.__eq__ = lambda other: "h's own __eq__"
for o in (g, g, h, g):
    print(rep(o))

# __bases__ assigned: another base, then the same bases in another order
class P:
    def m(self):
        return "P.m"
    k = "P.k"


class Q:
    def m(self):
        return "Q.m"
    k = "Q.k"


class R(P):
    pass


class T(P, Q):
    pass


r, t = R(), T()
for i in range(3):
    print(call(r), get(r) if hasattr(r, "x") else r.k, call(t), t.k)
R.__bases__ = (Q,)
T.__bases__ = (Q, P)
for i in range(2):
    print(call(r), r.k, call(t), t.k)
