# comprehension scoping details
x = "global x"
class C:
    x = "class x"
    lst = [x for _ in range(1)]          # comprehension sees global, not class x
    first = [y for y in [x]]             # outermost iterable evaluated in class scope
print(C.lst, C.first)
def f():
    x = "func x"
    class D:
        x = "class x"
        lst = [x for _ in range(1)]      # sees function's x via closure
    return D.lst
print(f())
def g():
    items = [1, 2, 3]
    return [lambda: i for i in items][0](), [i for i in items][-1]
print(g())
# comprehension variable shadows but doesn't leak
i = "outer i"
[i for i in range(3)]
print(i)
# nested comprehensions see enclosing comprehension variables
print([[(r, c) for c in range(r)] for r in range(3)])
# walrus in comprehension binds in containing function scope
def w():
    total = 0
    vals = [total := total + v for v in range(4)]
    return vals, total
print(w())
class WC:
    data = [1, 2]
# dict/set comprehension scope
def dc():
    k = "k outer"
    d = {k: v for k, v in [("a", 1)]}
    s = {k for k in "xy"}
    return k, d, sorted(s)
print(dc())
# generator expression late binding of non-outermost iterables
def late():
    ys = [1]
    gen = (x * y for x in [1, 2] for y in ys)
    ys = [10]
    return list(gen)
print(late())
# lambda in default args capturing loop var properly
fs = [(lambda n=n: n * n) for n in range(3)]
print([f() for f in fs])
# comprehension in method referencing self and class name
class M:
    factor = 3
    def scaled(self, xs):
        return [x * self.factor for x in xs] + [x * M.factor for x in xs[:1]]
print(M().scaled([1, 2]))
# comprehension referencing name defined later in function (closure cell)
def later():
    fn = lambda: [z for _ in range(1)]
    z = "late z"
    return fn()
print(later())
# global declared in function, comprehension reads global
gv = "g"
def gdecl():
    global gv
    gv = "changed"
    return [gv for _ in range(1)]
print(gdecl())
# nonlocal modified inside comprehension via walrus? walrus target must not be nonlocal iteration var
def nlw():
    count = 0
    def inner():
        nonlocal count
        [count := count + 1 for _ in range(3)]
    inner()
    return count
print(nlw())
