# __get__/__set__/__delete__ on functions, classmethod, staticmethod and the built-in descriptors.
f = lambda *a: a
print(hasattr(f, '__get__'), hasattr(property(), '__get__'), hasattr(classmethod(f), '__get__'), hasattr(staticmethod(f), '__get__'), hasattr(len, '__get__'), hasattr(str.upper, '__get__'), hasattr(int.real, '__get__'), hasattr(property(), '__delete__'))
class A:
    __slots__ = ('s',)
    def m(self): return 'm'
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def st(): return 'st'
a = A()
print(len(f.__get__(a)()), A.m.__get__(a)(), A.__dict__['m'].__get__(None, A) is A.m, A.__dict__['c'].__get__(None, A)(), A.__dict__['st'].__get__(a)())
A.__dict__['s'].__set__(a, 5); print(A.__dict__['s'].__get__(a), a.s); A.__dict__['s'].__delete__(a); print(hasattr(a, 's'))
print(int.real.__get__(7), type(f.__get__(a)).__name__)
try: f.__get__(None, None)
except TypeError as e: print(e)
print(f.__get__(None, A) is f)
