# nested functions, free/cell
def make_adder(n):
    def add(x):
        return x + n
    return add
print(make_adder(3)(4))

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())

def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
f = counter(); f(); f()
print(f(), f.__code__.co_freevars, counter.__code__.co_cellvars)

x = "global"
def g1():
    print(x)
g1()
def g2():
    global x
    x = "changed"
g2(); print(x)

def shadow():
    x = "local"
    def inner():
        global x
        return x
    return inner()
print(shadow())

# class namespace overriding closure
def classscope():
    y = "func"
    class C:
        y = "class"
        def m(self):
            return y
        z = y
    return C().m(), C.z
print(classscope())

def classderef():
    v = 1
    class C:
        w = v
        v = 2
        u = v
    return C.w, C.u
print(classderef())

def classderef2():
    v = 10
    class C:
        print(v)
        def meth(self): return v
    v = 11
    return C().meth()
print(classderef2())

# recursion through closure
def fact_outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_outer()(10))

# lambdas
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda: i for i in range(3)]
print([l() for l in late])

# comprehensions in class bodies
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * w for v in vals for w in vals2] if False else None
    except NameError as e:
        print("NE", e)
    n = 5
    try:
        m = [n for _ in range(2)]
    except NameError as e:
        print("NameError:", e)
print(K.doubled)

# unbound errors
def ub():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 1
ub()

def freeub():
    def inner():
        return fv
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    fv = 1
freeub()

def delcell():
    a = 1
    def inner():
        return a
    del a
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(a)
    except NameError as e:
        print(type(e).__name__, e)
delcell()

def dellocal():
    b = 2
    del b
    try:
        del b
    except NameError as e:
        print(type(e).__name__, e)
dellocal()
try:
    del nosuch
except NameError as e:
    print(type(e).__name__, e)
