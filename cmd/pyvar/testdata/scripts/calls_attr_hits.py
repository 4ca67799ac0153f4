# The attribute instructions' hits in the eval loop (InstanceAttrHit,
# InstanceMethodHit, InstanceStoreHit) on every way of a site, under the
# mutations that must send them to the full path.
class T:
    def __init__(self, p):
        self.p = p
        self.q = 0

    def step(self):
        return self.p


class A(T):
    def step(self):
        return ("A", self.p)


class B(T):
    pass


class C(T):
    def step(self):
        return ("C", self.p)


class D(T):
    pass


class E(T):
    def step(self):
        return ("E", self.p)


def load(o):
    return o.p


def store(o, v):
    o.q = v


def meth(o):
    return o.step()


objs = [A(1), B(2), C(3), D(4), E(5)]  # five classes: one more than a site's ways
for r in range(3):
    for o in objs:
        store(o, r)
        print(type(o).__name__, load(o), o.q, meth(o))

# a method replaced on a class whose keys do not change
a, b = A(10), B(20)
for i in range(2):
    print(meth(a), meth(b))
A.step = lambda self: ("new A.step", self.p)
T.step = lambda self: ("new T.step", self.p)
print(meth(a), meth(b))


class Callable:
    def __call__(self, o):
        return ("callable instance", o.p)


T.step = Callable()  # not a function: no binding
try:
    print(meth(b))
except TypeError as e:
    print("TypeError:", e)
T.step = staticmethod(lambda: "static")
print(meth(b))
T.step = lambda self: ("T.step", self.p)

# another instance of the class gives its shared keys the method's name
b2 = B(21)
for i in range(2):
    print(meth(b), meth(b2))
b2.step = lambda: "b2's own step"
print(meth(b), meth(b2))
del b2.step
print(meth(b2))

# an attribute deleted, then set again, read and stored at warm sites
for i in range(2):
    store(a, i)
    print(load(a), a.q)
del a.q
try:
    print(a.q)
except AttributeError as e:
    print("AttributeError:", e)
store(a, "back")
print(a.q, vars(a))

# __dict__ made by vars(): reads and stores go through the dict
d = vars(b)
store(b, "via site")
print(d["q"], load(b))
d["p"] = "via dict"
print(load(b), meth(b))

# a property added to a base takes reads and stores from the instance
c = C(30)
for i in range(2):
    store(c, i)
    print(load(c), c.q)
T.p = property(lambda self: "property p")
T.q = property(lambda self: "property q", lambda self, v: print("property set", v))
print(load(c), meth(c))
store(c, 99)
print(c.q)
del T.p, T.q
print(load(c), c.q)

# __class__ assignment between classes that share a site's ways
e = E(40)
for i in range(2):
    print(meth(e), load(e))
e.__class__ = A
print(meth(e), load(e))
e.__class__ = E
store(e, "q again")
print(meth(e), load(e), e.q)

# a class attribute read through the instance, then shadowed
class K:
    kind = "class"


def kind(o):
    return o.kind


k1, k2 = K(), K()
for i in range(2):
    print(kind(k1), kind(k2))
k2.kind = "instance"
print(kind(k1), kind(k2))
K.kind = "rebound"
print(kind(k1), kind(k2))
