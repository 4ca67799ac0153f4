def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{'c': 0, 'z': 1}))

def g(a, /, b, *, c):
    return a, b, c
print(g(1, 2, c=3))
print(g(1, b=2, c=3))

for call in [lambda: f(), lambda: f(1), lambda: g(1, 2, 3), lambda: g(a=1, b=2, c=3),
             lambda: f(1, c=1, a=2), lambda: f(1, c=1, **{'c': 2}), lambda: f(*1),
             lambda: f(1, **[1])]:
    try:
        call()
    except TypeError as e:
        print(e)

def h(x, y):
    return x - y
print(h(y=1, x=5))
args = (1, 2)
print(h(*args))
kw = {'x': 10, 'y': 3}
print(h(**kw))

class A:
    def m(self, x):
        return x * 2
a = A()
print(a.m(4), A.m(a, 5))
print(sorted([3, 1, 2], key=lambda v: -v))
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__, f.__code__.co_varnames)
