def f(a, b=1): "doc"; return a
f.__doc__ = "new doc"; print(f.__doc__)
del f.__doc__; print(f.__doc__)
f.__dict__ = {"x": 1}; print(f.x, f.__dict__)
try:
    f.__dict__ = None
except TypeError as e:
    print(e)
f.__module__ = "other"; print(f.__module__)
del f.__module__; print(f.__module__)
try:
    f.__defaults__ = 5
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = 5
except TypeError as e:
    print(e)
f.__defaults__ = (1, 2)
print(f(9))
try:
    del f.__name__
except TypeError as e:
    print(e)
try:
    f.__code__ = 5
except TypeError as e:
    print(e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print("AttributeError", e)
try:
    f.__builtins__ = {}
except AttributeError as e:
    print("AttributeError", e)
print(f == f, f != (lambda: 0), hash(f) == hash(f))
f.__annotations__ = {"a": int}; print(f.__annotations__)
del f.__annotations__; print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
g = lambda: 0
print(g.__name__, g.__doc__, g.__defaults__)
def k(*, a=1, b): return a, b
print(k.__kwdefaults__, k.__defaults__, k(b=2))
k.__kwdefaults__ = None
try:
    k(b=2)
except TypeError as e:
    print(e)
# method attributes proxy to function
class C:
    def m(self): pass
C.m.attr = "on func"
print(C().m.attr)
try:
    C().m.attr2 = 1
except AttributeError as e:
    print("AttributeError", e)
print(C().m.__func__.__dict__, C().m == C().m, C().m is C().m)
c = C()
print(c.m == c.m, hash(c.m) == hash(c.m), c.m.__self__ is c, repr(c.m)[:24])
# builtin function attributes
print(len.__name__, len.__qualname__, len.__module__)
print([].append.__self__, type([].append.__self__).__name__, "x".upper.__name__, "x".upper.__self__)
