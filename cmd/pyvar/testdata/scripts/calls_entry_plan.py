# Calls whose fast binding depends on the function's code and defaults,
# both assignable: each call below runs in the caller's eval loop, before
# and after the change.
def f(a, b=2, c=3):
    return (a, b, c)


def call_f():
    return f(1), f(1, 20), f(1, 20, 30)


for i in range(3):
    print(call_f())
f.__defaults__ = (200, 300)
print(call_f())
f.__defaults__ = (300,)
print(f(1, 2))
try:
    print(f(1))
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    print(f(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(f(1, 2, 3))


def g(a, b=-2):
    return ("g", a, b)


def h(x, *rest, k=1):
    return ("h", x, rest, k)


saved = f.__code__
f.__code__ = g.__code__
f.__defaults__ = (-20,)
for i in range(2):
    print(f(1), f(1, 2))
f.__code__ = h.__code__
f.__kwdefaults__ = {"k": "kw"}
print(f(1), f(1, 2, 3))
f.__code__ = saved
f.__defaults__ = (7, 8)
print(call_f())


# a closure's cells after the arguments and defaults
def outer(n):
    def inner(a, b=n):
        return a + b + n
    return inner


inc = outer(10)
for i in range(3):
    print(inc(i), inc(i, 100))
inc.__defaults__ = (1000,)
print(inc(1))


# methods with defaults through LOAD_METHOD and bound method objects
class C:
    def m(self, a, b="b"):
        return (a, b)


c = C()
bm = c.m
for i in range(2):
    print(c.m(1), c.m(1, 2), bm(3), bm(3, 4))
C.m.__defaults__ = ("new b",)
print(c.m(1), bm(3))
try:
    c.m()
except TypeError as e:
    print("TypeError:", e)
