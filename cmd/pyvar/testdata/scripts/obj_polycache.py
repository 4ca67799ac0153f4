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
