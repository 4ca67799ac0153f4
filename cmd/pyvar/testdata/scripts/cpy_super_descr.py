# super(C) stored on a class binds through __get__; super(type, proxy) accepts a
# proxy whose __class__ claims the type; a classmethod __new__ is bound to the class.
class C(object):
    @classmethod
    def __new__(*args):
        return args
print(C(1, 2) == (C, C, 1, 2))
class D(C): pass
print(D(1, 2) == (D, D, 1, 2))
class A(object):
    def meth(self, a):
        return "A(%r)" % a
class C(A):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)
C._C__super = super(C)
print(C().meth(3))
class B(object):
    def f(self):
        return "B.f"
class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"
obj = C()
class P(object):
    def __init__(self, obj): self.obj = obj
    def __getattribute__(self, name):
        if name.startswith("__") and name.endswith("__"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "obj"), name)
    __class__ = property(lambda self: C)
p = P(obj)
print(C.__dict__["f"](p))
try:
    super(C, 5)
except TypeError as e:
    print(e)
print(super(C).__get__(None, C), super(C, obj).__get__(C()) .__self__ is obj)
