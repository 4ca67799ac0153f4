# Subclasses of super: made empty by super.__new__, filled by
# super.__init__, rebound by calling the subclass in __get__.
class A:
    def meth(self, a): return "A(%r)" % a
class D(A):
    def meth(self, a): return "D(%r)" % a + super(D, self).meth(a)
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(D):
    def meth(self, a): return "E(%r)" % a + mysuper(E, self).meth(a)
print(E().meth(5))
class F(E):
    def meth(self, a):
        s = self.__super
        return "F(%r)[%s]" % (a, s.__class__.__name__) + s.meth(a)
F._F__super = mysuper(F)
print(F().meth(6))

class S2(super):
    pass
s = S2(E, E())
print(type(s).__name__, s.meth(1), s.__thisclass__.__name__, s.__self_class__.__name__)
s.x = 5
print(s.x, repr(super(E, E()))[:26])
for f in [lambda: S2(), lambda: super.__init__(1, E), lambda: S2(E, 1), lambda: S2(1)]:
    try:
        f()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
