# C.__bases__ = (...): type_set_bases checks and messages, the MROs below
# recomputed (and restored on failure), caches forgetting the old answers.
class C(object):
    pass
class C2(object):
    def __getattribute__(self, attr):
        if attr == 'a':
            return 2
        else:
            return super(C2, self).__getattribute__(attr)
    def meth(self):
        return 1
class D(C):
    pass
class E(D):
    pass
d = D()
e = E()
D.__bases__ = (C,)
D.__bases__ = (C2,)
print(d.meth(), e.meth(), d.a, e.a, C2.__subclasses__() == [D], C.__subclasses__())
print(E.__mro__)
def t(f):
    try:
        f()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def delb(): del D.__bases__
t(delb)
def setb(v):
    def f(): D.__bases__ = v
    return f
t(setb(()))
t(setb((D,)))
t(setb((C, C)))
t(setb((E,)))
t(setb([C]))
t(setb((1,)))
t(setb((type(None),)))
t(setb((object, type(None))))
class L(list): pass
def f(): L.__bases__ = (dict,)
t(f)
def f(): list.__bases__ = (dict,)
t(f)
t(setb((C, list)))
class A1: x = 1
class B1: x = 2
class M(A1): pass
m = M()
print(m.x)
M.__bases__ = (B1,)
print(m.x, isinstance(m, A1), isinstance(m, B1), issubclass(M, B1))
class X(A1, B1): pass
class Y(B1, A1): pass
def f(): M.__bases__ = (X, Y)
t(f)
print(M.__mro__ == (M, B1, object))
class A1:
    x = 1
    def m(self): return "A1"
class B1:
    x = 2
    def m(self): return "B1"
class M(A1): pass
def f(o):
    s = 0
    r = None
    for i in range(3000):
        s += o.x
        r = o.m()
    return s, r
o = M()
print(f(o))
M.__bases__ = (B1,)
print(f(o))
