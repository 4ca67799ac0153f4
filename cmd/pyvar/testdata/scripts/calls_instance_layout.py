# Instances' layouts: attribute values sized to the class's shared keys
# (1 to 8, then more added later), the payload of subclasses of built-in
# types, __slots__ alone, with a __dict__, on a built-in subclass, and
# __class__ assignment between compatible layouts.
import collections
import copy
import os
import pickle


def make(n):
    class C:
        def __init__(self, k):
            for i in range(k):
                setattr(self, "a%d" % i, i * k)
    C.__name__ = "C%d" % n
    return C


for n in range(1, 10):
    C = make(n)
    objs = [C(n) for _ in range(3)]
    objs[1].extra = "x"  # past the values sized for n
    objs[2].a0 = -1
    d = C(n)
    for i in range(n, n + 3):
        setattr(d, "b%d" % i, i)
    e = C(n)
    e.a0 = 100
    print(sum(getattr(o, "a%d" % i) for o in objs + [d, e] for i in range(n)), objs[1].extra, getattr(d, "b%d" % n))
    print(n, [sorted(vars(o).items())[:3] for o in objs], len(vars(d)), d.__dict__.get("b%d" % n))


class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class SD(S):
    pass


class S2:
    __slots__ = ("x", "y")


s = S(1)
try:
    s.y
except AttributeError as e:
    print("AttributeError", e)
s.y = 2
del s.x
print(hasattr(s, "x"), s.y)
sd = SD(5)
sd.z = 6
print(sd.x, sd.z, vars(sd))
s.__class__ = S2
print(type(s).__name__, s.y)
print(copy.copy(sd).x, copy.copy(sd).z, pickle.loads(pickle.dumps(sd)).z)


class L(list):
    __slots__ = ("tag",)


class D(dict):
    def __missing__(self, k):
        return k * 2


class T(tuple):
    pass


l = L([1, 2])
l.tag = "t"
l.append(3)
print(l, l.tag, len(l), isinstance(l, list))
dd = D(a=1)
print(dd["a"], dd["zz"], sorted(dd.items()))
t = T((1, 2, 3))
t.note = 4
print(t, t[1:], t.note, hash(t) == hash((1, 2, 3)))


class DD(collections.defaultdict):
    pass


class OD(collections.OrderedDict):
    pass


x = DD(list)
x["k"].append(1)
print(dict(x), x.default_factory is list)
od = OD(b=1)
od["a"] = 2
od.move_to_end("b")
print(list(od), repr(od))
st = os.stat(".")
print(type(st).__name__, st.st_mode == st[0], len(tuple(st)) == 10)
for i in range(3):
    print(repr(L([i])), int(type("I", (int,), {})(7 + i)), float(type("F", (float,), {})(1.5)))
