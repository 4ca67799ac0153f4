# class scope and free vars in methods, across levels
def f(x):
    class C:
        def m(self):
            return x
        a = x
    return C
C = f(1)
print(C().m(), C.a)

def test_class_and_global():
    global xg
    xg = 12
    class Global:
        def get(self): return xg
    return Global().get()
print(test_class_and_global())

def cls_local_and_free():
    x = 12
    class X:
        x = 13
        def m(self): return x
    return X().m(), X.x
print(cls_local_and_free())

# locals() in class with free var
def f2(x):
    class C:
        x = 12
        def m(self): return x
        locals()
    return C
print(f2(1).x, f2(1)().m())

def f3(x):
    class C:
        y = x
        def m(self): return x
        z = list(locals())
    return C
c = f3(1)
print(c.z)

# bound and free in nested with same name as global
x = "module"
def outer():
    x = "outer"
    def mid():
        global x
        def inner():
            return x
        return inner()
    return mid()
print(outer())

# nonlocal after usage rules, nested scopes mixing lambdas
def lam():
    y = 2
    return (lambda a: (lambda b: a + b + y))(1)(10)
print(lam())

# recursion with closure over itself through default
def rec():
    def fib(n, memo={}):
        if n < 2: return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib(40)
print(rec())

# cell variable also an argument
def argcell(a):
    def g(): return a
    a += 1
    return g()
print(argcell(1), argcell.__code__.co_cellvars, argcell.__code__.co_varnames)

# global in nested after nonlocal in outer
def unbound_free():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    v = 3
    return inner()
print(unbound_free())

# class body uses comprehension referring to class var (fails) vs outermost iterable (works)
class CC:
    base = [1, 2, 3]
    ok = [b for b in base]
    try:
        bad = [b + len(base) for b in range(2)]
    except NameError as e:
        err = str(e)
print(CC.ok, CC.err)

# del of global from function, then NameError
gdel = 1
def deleter():
    global gdel
    del gdel
deleter()
try:
    gdel
except NameError as e:
    print(e)

# exec in function doesn't create locals
def exec_local():
    exec("newvar = 5")
    try:
        return newvar
    except NameError as e:
        return str(e)
print(exec_local())

def exec_locals_dict():
    d = {}
    exec("q = 1", globals(), d)
    return d
print(exec_locals_dict())

# eval with closure-less access
def ev():
    z = 3
    def inner():
        return eval("z")
    try:
        return inner()
    except NameError as e:
        return str(e)
print(ev())

# nested class referencing enclosing function var via method default
def mkcls():
    n = 5
    class A:
        def m(self, k=n): return k
        class B:
            v = n
    return A().m(), A.B.v
print(mkcls())

# builtins shadowing
def shadow_len():
    len = lambda x: "shadowed"
    return len([1])
print(shadow_len(), len([1]))
import builtins
builtins.myb = "from builtins"
print(myb)
myb = "global shadows"
print(myb)
del myb
print(myb)
del builtins.myb
try:
    myb
except NameError as e:
    print(e)

# closures capture variables not values, after loop
def loop_cells():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 10
    return [f() for f in fs]
print(loop_cells())

# generator capturing cell
def gen_cell():
    x = 1
    def g():
        yield x
        yield x
    it = g()
    a = next(it)
    x = 2
    return a, next(it)
print(gen_cell())

# __class__ cell
class K:
    def m(self): return __class__
    def n(self): return super().__class__.__name__
print(K().m() is K, K().n(), "__class__" in K.m.__code__.co_freevars)
class K2:
    __class__ = "attr"
    def m(self): return __class__
print(K2.__dict__["__class__"] if "__class__" in K2.__dict__ else None, K2().m() is K2)
