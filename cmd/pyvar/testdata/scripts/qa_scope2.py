# locals()
def f(a, b=2):
    c = a + b
    def g():
        return c
    return sorted(locals().items(), key=lambda kv: kv[0]) if False else sorted(k for k in locals())
print(f(1))

def snap():
    x = 1
    d = locals()
    x = 2
    print(d["x"])
    d["x"] = 99
    print(x)
    d2 = locals()
    print(d2["x"], d is d2)
snap()

def freelocals():
    y = 5
    def inner():
        z = y
        return locals()
    return inner()
print(freelocals())

class C:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
    print(locals()["__qualname__"], locals()["__module__"])

print(locals() is globals())
print(vars() is globals())

# nonlocal chains
def l1():
    x = 1
    def l2():
        def l3():
            nonlocal x
            x += 10
        l3()
        return x
    r = l2()
    return r, x
print(l1())

# global inside class
gv = 0
class G:
    global gv
    gv = 42
print(gv, hasattr(G, "gv"))

# nonlocal inside class body
def nl():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
print(nl())

# class inside class does not see outer class
class Outer:
    name = "outer"
    class Inner:
        try:
            v = name
        except NameError as e:
            v = str(e)
print(Outer.Inner.v)

name = "mod"
class Outer2:
    name = "outer"
    class Inner:
        v = name
print(Outer2.Inner.v)

# method not seeing class attr
class M:
    attr = 1
    def get(self):
        try:
            return attr
        except NameError as e:
            return str(e)
print(M().get())

# lambda defaults and closures in class
class L:
    k = 3
    f = lambda self, k=k: k
print(L().f())

# generator expression in class body: first iterable evaluated in class scope
class GE:
    items = [1, 2, 3]
    total = sum(i for i in items)
print(GE.total)

# recursion mutual
def even(n): return True if n == 0 else odd(n - 1)
def odd(n): return False if n == 0 else even(n - 1)
print(even(10), odd(7))

# closure over loop variable
fs = []
for i in range(3):
    def h(): return i
    fs.append(h)
print([h() for h in fs])

# closure cell contents
def mk():
    a = []
    def f(): return a
    return f
cl = mk().__closure__
print(len(cl), cl[0].cell_contents)

def emptycell():
    def f(): return z
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError", e)
    z = 1
    print(c.cell_contents)
emptycell()

# walrus in comprehension binds in enclosing function
def walrus():
    [last := v for v in range(5)]
    return last
print(walrus())
[wl := q * 2 for q in range(3)]
print(wl)

# exec/eval scopes
def ex():
    x = 5
    return eval("x + 1")
print(ex())
ns = {}
exec("a = 1\ndef f(): return a\nb = f()", ns)
print(ns["b"])
