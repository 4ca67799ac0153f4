# class namespace written through locals()
v = "global v"
def outer():
    v = "closure v"
    class A:
        locals()["v"] = "via locals"
        got = v
    class B:
        locals()["v"] = "x"
        del v
    return A.got, hasattr(B, "v"), v
print(outer())
class Implicit:
    locals()["flag_name"] = "found by LOAD_NAME"
    passed = flag_name
print(Implicit.passed)
# code object with free vars cannot be exec'd / eval'd
def mk(x):
    return lambda: x + 1
fn = mk(3)
for runner in (eval, exec):
    try:
        runner(fn.__code__, {})
    except TypeError as e:
        print(runner.__name__, "TypeError", e)
# class with global decl: methods unaffected
y = 12
class Gl:
    global y
    y = 13
    def set(self, val):
        y = val
    def get(self):
        return y
g = Gl(); g.set(15); print(g.get(), y, "y" in Gl.__dict__)
# global in parallel nested functions only affects its own
def par():
    z = 1
    def a():
        global z
        return z
    def b():
        return z + 1
    return a, b
z = 9
a, b = par(); print(a(), b())
# locals() with cells and free
def f(x):
    def g(yy):
        def h(zz):
            return yy + zz
        w = x + yy
        yy += 3
        return locals()
    return g
d = f(2)(4); del d["h"]; print(sorted(d.items()))
# name mangling
class Mangle:
    __priv = "class private"
    def get(self): return self.__priv, Mangle.__priv
    def set(self): self.__inst = 1; return sorted(k for k in vars(self))
    def glob(self):
        try:
            return __undefined_mangled
        except NameError as e:
            return str(e)
m = Mangle()
print(m.get(), m.set(), m.glob(), hasattr(m, "_Mangle__priv"), "_Mangle__priv" in Mangle.__dict__)
try:
    m.__priv
except AttributeError as e:
    print(e)
class _Under:
    __x = 1
print([k for k in _Under.__dict__ if "x" in k])
class Mangle2:
    def f(self, __arg=1):
        return __arg
    def kw(self):
        return self.f(_Mangle2__arg=5)
print(Mangle2().f(), Mangle2().kw(), Mangle2.f.__code__.co_varnames)
import sys as __sysalias
print(__sysalias.maxsize > 0)
class ImportMangle:
    import sys as __s
    ok = __s is not None
print(ImportMangle.ok, [k for k in ImportMangle.__dict__ if "s" in k and k.startswith("_I")])
# nonlocal in generator and nested nonlocal
def ng(x):
    def gen(n):
        nonlocal x
        for _ in range(n):
            x += 1
            yield x
    return gen
print(list(ng(0)(4)))
def nn(x):
    def g():
        nonlocal x
        x -= 2
        def h():
            nonlocal x
            x += 4
            return x
        return h
    return g
print(nn(1)()())
# nonlocal in class methods share cell
def counter_cls(x):
    class Cnt:
        def inc(self):
            nonlocal x
            x += 1
            return x
        def dec(self):
            nonlocal x
            x -= 1
            return x
    return Cnt()
c = counter_cls(0); print(c.inc(), c.inc(), c.dec())
def ncls(x):
    class c:
        nonlocal x
        x += 1
        def get(self): return x
    return c()
o = ncls(0); print(o.get(), "x" in type(o).__dict__)
# complex definitions
def mr(*lst):
    def r(): return lst
    return r
def mr2(**kw):
    def r(): return kw
    return r
print(mr(1, 2)(), mr2(a=1)())
# list comp vars don't leak
def nolk():
    [bad for s in "a b" for bad in s.split()]
    try:
        return bad
    except NameError as e:
        return str(e)
print(nolk())
# eval inside closure that references x
def ev(x):
    def g():
        x
        return eval("x + 1")
    return g
print(ev(4)())
# __del__ on collection is not needed; augmented global unbound
exec("""
global_x = 1
def fx():
    global_x += 1
try:
    fx()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
""")
