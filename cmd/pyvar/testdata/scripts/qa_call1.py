# call protocol corner cases (fast call paths)
def f(a, b=2, *args, c=3, **kw): return (a, b, args, c, sorted(kw.items()))
print(f(1), f(1, 5), f(1, 5, 6, 7), f(1, c=9), f(a=1, b=2, d=4), f(*[1, 2, 3], **{"c": 0, "z": 1}))
def g(a, b): return a - b
print(g(5, 3), g(b=3, a=5), g(*(5,), b=3), g(**{"a": 5, "b": 3}))
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((), {"a": 1}), ((1,), {"a": 2}), ((1,), {"b": 2, "c": 3})]:
    try:
        print(g(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
class C:
    def m(self, x, y=10): return (type(self).__name__, x, y)
    @staticmethod
    def s(x): return ("static", x)
    @classmethod
    def c(cls, x): return (cls.__name__, x)
    def __call__(self, *a): return ("call", a)
o = C()
print(o.m(1), o.m(1, 2), o.m(x=3), C.m(o, 4), o.s(5), C.s(6), o.c(7), C.c(8), o(9, 10))
m = o.m
print(m(11), m(y=12, x=13), [m(i) for i in range(2)])
try:
    o.m()
except TypeError as e:
    print("TypeError", e)
try:
    C.m(1)
except TypeError as e:
    print("TypeError", e)
def rec(n): return n if n <= 0 else rec(n - 1)
print(rec(500))
def closure_call():
    k = 5
    def inner(a, b=k): return a + b
    return [inner(i) for i in range(3)], inner(1, 1)
print(closure_call())
def defaults_mut(x, acc=[]):
    acc.append(x)
    return len(acc)
print([defaults_mut(i) for i in range(3)])
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1), kwonly(b=3, a=4))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError", e)
def posonly(a, /, b): return a, b
print(posonly(1, 2), posonly(1, b=2))
try:
    posonly(a=1, b=2)
except TypeError as e:
    print("TypeError", e)
def many(*a): return len(a)
print(many(*range(300)), many(*"abc", *[1, 2]))
gen_fn = lambda n: (i for i in range(n))
print(list(gen_fn(3)))
print(list(map(g, [5, 6], [1, 2])), sorted([3, 1, 2], key=lambda v: -v))
def deep_args(a, b, c, d, e, f, g, h): return a + b + c + d + e + f + g + h
print(deep_args(*range(8)), deep_args(1, 2, 3, 4, *range(4)))
