# tricky symtable cases: names used in annotations, default args, decorators, class bases, lambdas in defaults
x = "global"
def f(a=x, b=lambda: x):
    x = "local"
    return a, b()
print(f())
def deco_uses(val):
    def d(fn):
        fn.tag = val
        return fn
    return d
def outer():
    y = "enclosing"
    @deco_uses(y)
    def inner(p: y = y) -> y:
        return p
    class K(dict if y else list):
        z = y
    return inner.tag, inner(), inner.__annotations__, K.z, K.__bases__
print(outer())
def comp_default():
    n = 3
    def g(v=[i * n for i in range(2)]):
        return v
    return g()
print(comp_default())
def annotations_not_bound():
    q: int
    try:
        return q
    except UnboundLocalError as e:
        return str(e)
print(annotations_not_bound())
def global_annot():
    global gann
    gann = 5
    return gann
print(global_annot(), gann)
def walrus_in_default(a=(w := 10)):
    return a, w
print(walrus_in_default(), w)
class Cls:
    attr = 1
    def m(self, d=attr):
        return d
    lst = [lambda: attr for _ in range(1)]
print(Cls().m())
try:
    Cls.lst[0]()
except NameError as e:
    print("NameError", e)
def star_targets():
    *a, b = range(3)
    [c, *d] = "xyz"
    (e, f), *g = [(1, 2), 3, 4]
    return a, b, c, d, e, f, g
print(star_targets())
def del_then_nested():
    v = 1
    def r(): return v
    del v
    try:
        r()
    except NameError as e:
        return str(e)
print(del_then_nested())
def nonlocal_shadow_param(p):
    def inner():
        nonlocal p
        p = p * 2
    inner()
    return p
print(nonlocal_shadow_param(21))
