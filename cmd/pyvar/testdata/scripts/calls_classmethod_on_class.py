# LOAD_METHOD of a classmethod on the class itself (C.cm(x), cls.cm(x)):
# the function runs with the class as its first argument, whatever class
# the site sees, and changes to the class are seen.
import functools


class C:
    @classmethod
    def make(cls, *args):
        return (cls.__name__,) + args

    @classmethod
    def chain(cls, n):
        return n if n == 0 else cls.chain(n - 1) + 1

    def plain(self):
        return "plain"

    upper = classmethod(str.upper)
    builtin = classmethod(len)
    lam = classmethod(lambda cls, x=1: (cls.__name__, x))

    @classmethod
    @functools.lru_cache(maxsize=None)
    def cached(cls, x):
        return (cls.__name__, x * 2)


class D(C):
    pass


class Meta(type):
    pass


class E(C, metaclass=Meta):
    pass


def calls(k):
    out = []
    for _ in range(3):
        out.append((k.make(1, 2), k.chain(3), k.lam(), k.lam(5), k.cached(4)))
    return out[-1]


for k in (C, D, E, C, D):
    print(calls(k))

try:
    C.builtin()
except TypeError as e:
    print("TypeError:", e)
for k in (C, D):
    try:
        print(k.upper())
    except TypeError as e:
        print("TypeError:", e)
try:
    C.chain()
except TypeError as e:
    print("TypeError:", e)
try:
    C.plain()
except TypeError as e:
    print("TypeError:", e)


def site(k):
    return k.make("x")


print([site(k) for k in (C, D, C, D)])
C.make = staticmethod(lambda *a: ("static",) + a)
print([site(k) for k in (C, D)])
C.make = classmethod(lambda cls, *a: ("new", cls.__name__) + a)
print([site(k) for k in (C, D)])
D.make = lambda *a: ("function",) + a
print([site(k) for k in (C, D)])
del D.make
print([site(k) for k in (C, D)])
m = C.chain
print(m(2), m.__self__ is C, D.chain.__self__ is D)
