def f(a, b=2, *args, c, d=4, **kw):
    "docstring here"
    x = 1
    def inner(): return x + a
    return inner
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__doc__, f.__module__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals, co.co_varnames)
print(co.co_cellvars, co.co_freevars, co.co_firstlineno, co.co_filename.endswith("fattr.py"), type(co.co_code).__name__)
print(co.co_flags & 0x0C, bool(co.co_flags & 0x20))
inn = f(1, c=3)
print(inn.__qualname__, inn.__name__, inn.__code__.co_freevars, inn.__closure__[0].cell_contents, inn.__defaults__, inn.__kwdefaults__)
class C:
    def m(self): pass
    class D:
        def n(self):
            def o(): pass
            return o
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    lam = lambda: 0
print(C.m.__qualname__, C.D.n.__qualname__, C.D().n().__qualname__, C.s.__qualname__, C.c.__qualname__, C.lam.__qualname__, C.D.__qualname__)
def g(): pass
g.__name__ = "renamed"; g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).startswith("<function Q.renamed at"))
try:
    g.__name__ = 5
except TypeError as e:
    print(e)
try:
    g.__qualname__ = None
except TypeError as e:
    print(e)
g.attr = 10
print(g.__dict__, g.attr)
g.__defaults__ = (1,)
print(g.__defaults__)
def h(x=1): return x
h.__defaults__ = (42,)
print(h())
h.__defaults__ = None
try:
    h()
except TypeError as e:
    print(e)
def kwo(*, k=1): return k
kwo.__kwdefaults__ = {"k": 99}
print(kwo())
def noann(): pass
print(noann.__annotations__, noann.__defaults__, noann.__kwdefaults__, noann.__doc__, noann.__closure__)
print(type(f.__globals__).__name__, f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "dict")
m = C().m
print(m.__func__ is C.m, type(m.__self__).__name__, m.__name__, m.__qualname__)
try:
    m.newattr = 1
except AttributeError as e:
    print("AttributeError", e)
C.m.tag = "t"
print(m.tag)
print(C.c.__self__ is C, C.s.__name__)
def code_swap(): return 1
def other(): return 2
code_swap.__code__ = other.__code__
print(code_swap(), code_swap.__name__)
def gen(): yield
print(bool(gen.__code__.co_flags & 0x20), gen.__code__.co_consts)
print(abs.__name__, abs.__qualname__, len.__module__, [].append.__name__, [].append.__qualname__)
print(type(abs).__name__, type([].append).__name__, type(str.join).__name__)
