def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, z=6), f(*[1], **{"c": 0}))
g = lambda *a, **k: (a, k)
print(g(1, x=2))
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
i = outer(); i(); print(i())
def deco(fn):
    def w(*a): return fn(*a) * 2
    return w
@deco
def h(x): return x + 1
print(h(3))
