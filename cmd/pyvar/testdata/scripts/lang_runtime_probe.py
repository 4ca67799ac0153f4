# Frames, function attributes, __init_subclass__, __set_name__, __class_getitem__, __prepare__, format_map, exec/eval namespaces, super, closures.
import sys
def f(a, b=2, *, c=3, **kw) -> int:
    "doc"
    x = 5
    fr = sys._getframe()
    return fr
fr = f(1)
print(fr.f_code.co_name, fr.f_lineno, fr.f_locals['x'], fr.f_back.f_code.co_name, fr.f_globals is globals(), type(fr).__name__)
print(f.__kwdefaults__, f.__defaults__, f.__annotations__, f.__qualname__, f.__module__, f.__doc__, f.__name__)
f.__wrapped__ = len; print(f.__wrapped__, f.__dict__)
f.__kwdefaults__ = {'c': 9}; print(f(1).f_locals['c'])
class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(A.tag, B.tag, Base.subclasses)
class D:
    def __set_name__(self, owner, name):
        self.name = name; self.owner = owner.__name__
class H:
    x = D()
    y = D()
print(H.x.name, H.y.name, H.x.owner)
class G:
    def __class_getitem__(cls, item): return f'G[{item}]'
print(G[int], G['x'])
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
class P(metaclass=Meta, flag=True):
    pass
print(P.injected)
print('{name} is {age}'.format_map({'name': 'x', 'age': 3}))
class Missing(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map(Missing(a=1)))
ns = {}
exec('x = 1\ndef g(): return x', ns); print(ns['g'](), sorted(k for k in ns if k != '__builtins__'))
loc = {}
exec('y = 2', {}, loc); print(loc)
print(eval('a + b', {'a': 1}, {'b': 2}))
class S:
    def m(self): return 'S.m'
class T(S):
    def m(self): return 'T>' + super().m()
    @classmethod
    def c(cls): return super().m
print(T().m(), super(T, T()).m(), T.c().__name__)
def outer():
    v = 1
    def inner(): return v
    return inner
print(outer().__closure__[0].cell_contents, outer.__code__.co_varnames, outer().__code__.co_freevars)
print(type(f.__code__).__name__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_flags & 0x08 != 0)
import builtins; print(builtins.__name__, __builtins__ is builtins or __builtins__ == builtins.__dict__)
print(sys._getframe(0).f_code.co_filename == __file__, sys._getframe().f_back)
try: sys._getframe(100)
except ValueError as e: print(e)
