# A subclass of property that defines __get__, __set__ or __delete__ is
# used through them (pyvar called property's own getter and setter).
class P(property):
    def __get__(self, obj, objtype=None):
        return ('P.get', super().__get__(obj, objtype) if obj is not None else None)
    def __set__(self, obj, value):
        print('P.set', value)
class A:
    x = P(lambda self: 0)
    y = P(lambda self: 1, lambda self, v: print('fset', v))
a = A()
print(a.x, a.y)
a.y = 5
try:
    a.x = 3
except AttributeError as e:
    print('AttributeError', e)
print(type(A.__dict__['x']).__name__, A.x)
def f(o): return o.x
for i in range(3): print(f(a))
class Q(property): pass
class B:
    z = Q(lambda self: 'q')
print(B().z)
class D(property):
    def __delete__(self, obj):
        print('D.delete')
class C:
    w = D(lambda self: 'w', None, lambda self: print('fdel'))
    v = P(lambda self: 'v')
c = C()
del c.w
print(c.w, c.v, type(C.v).__name__)
print(P.__get__(C.__dict__['v'], c, C), property.__get__(C.__dict__['v'], c))
