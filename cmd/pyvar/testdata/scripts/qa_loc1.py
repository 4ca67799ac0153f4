def f(a, *args, k=1, **kw):
    b = 2
    print(sorted(locals()))
    print(sorted(vars()))
    print(sorted(dir()))
    del b
    print(sorted(locals()))
f(1)
def g():
    x = 1
    def h():
        return x
    print(sorted(locals()))
    y = 2
    print(sorted(locals()))
g()
def h():
    print(locals())
    z = 5
    l = locals()
    z = 6
    print(l["z"], locals()["z"], l is locals())
h()
class C:
    x = 1
    print(sorted(locals()))
    print(sorted(dir()))
def comp():
    t = 10
    return [sorted(locals()) for _ in range(1)], [t for _ in range(1)] and [sorted(locals()) for _ in range(1) if t]
print(comp())
def gen_locals():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen_locals()))
lam = lambda p, q=2: sorted(locals())
print(lam(1))
