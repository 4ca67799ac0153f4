# Python-to-Python calls run inside one eval loop: results, exceptions,
# tracebacks, frames and the recursion limit must look as before.
import sys
import traceback


def inc(x):
    return x + 1


def add3(a, b=10, *, c=100):
    return a + b + c


class C:
    k = 1

    def m(self, a, b=2):
        return a + b + self.k

    def chain(self, n):
        return n if n == 0 else self.chain(n - 1) + 1


def bad(x):
    return 1 // x


def mid(x):
    y = bad(x) + 1
    return y


def catcher(x):
    try:
        return mid(x)
    except ZeroDivisionError as e:
        return "caught " + type(e).__name__


def fin(x):
    try:
        return mid(x)
    finally:
        print("finally", x)


def reraiser(x):
    try:
        mid(x)
    except ZeroDivisionError:
        raise


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def frames():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def via(g):
    return g()


def gen(n):
    for i in range(n):
        yield inc(i)


def closure(n):
    def inner(k):
        return n + k
    return inner(1) + inner(2)


t = 0
for i in range(1000):
    t = inc(t)
print(t, add3(1), add3(1, 2), add3(1, c=3), add3(a=1, b=2, c=3))
c = C()
print(c.m(1), c.m(1, 3), c.m(b=5, a=1), c.chain(50))
print(catcher(0), catcher(1))
try:
    fin(0)
except ZeroDivisionError:
    print("fin raised")
for f in (mid, reraiser, fin):
    try:
        f(0)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(f.__name__, lines)
        print("".join(traceback.format_exception(type(e), e, e.__traceback__)).replace(__file__, "FILE"))
print(via(frames))
print(list(gen(5)), closure(3))
print(depth(500))


def rec(n):
    return rec(n + 1)


try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)

sys.setrecursionlimit(3000)
print(depth(2900))
sys.setrecursionlimit(1000)


def wrong(a, b):
    return a


for args in [(), (1,), (1, 2, 3)]:
    try:
        wrong(*args)
    except TypeError as e:
        print(e)
try:
    inc()
except TypeError as e:
    print(e)
try:
    c.m()
except TypeError as e:
    print(e)

# Keyword calls, bound method objects and functions found as attributes
# (CALL_FUNCTION_KW, CALL_FUNCTION of a method, CALL_METHOD without one).
def kw(a, b=2, *args, c, d=4, **rest):
    return (a, b, args, c, d, sorted(rest.items()))


print(kw(1, c=3), kw(1, 2, 3, c=5, e=6), kw(c=1, a=0, b=9))
for call in (lambda: kw(1), lambda: kw(1, c=2, a=3), lambda: wrong(1, x=2), lambda: inc(x=1, y=2)):
    try:
        call()
    except TypeError as e:
        print(e)
bound = c.m
print(bound(1), bound(1, b=4), [bound(i) for i in range(3)])
try:
    bound(1, 2, 3)
except TypeError as e:
    print(e)


class Holder:
    pass


h = Holder()
h.f = add3
h.g = bound
print(h.f(1), h.f(1, c=0), h.g(2), sys.modules[__name__].inc(41))


def counter():
    n = 0

    def step(k=1):
        nonlocal n
        n += k
        return n
    return step


st = counter()
print(st(), st(5), st(k=10), sorted([3, 1, 2], key=lambda v: -v))

# Classes whose __init__ is a plain function: the instance is the result,
# __init__ must return None, super().__init__ and errors inside __init__.
class P:
    def __init__(self, x, y=0):
        self.x, self.y = x, y


class Q(P):
    __slots__ = ()

    def __init__(self, x):
        super().__init__(x, sys._getframe(1).f_code.co_name)


class R:
    def __init__(self):
        return 1


class S:
    def __init__(self, v):
        self.v = 1 // v


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


class N:
    def __new__(cls, a):
        return "from __new__"

    def __init__(self, a):
        print("never")


def make_q():
    return Q(5)


p = P(1)
q = make_q()
print(p.x, p.y, type(q).__name__, q.x, q.y, M(1), N(2))
for call in (lambda: R(), lambda: P(), lambda: P(1, 2, 3), lambda: S(0)):
    try:
        call()
    except (TypeError, ZeroDivisionError) as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(type(e).__name__, e, names)


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


try:
    Deep(10000)
except RecursionError as e:
    print("RecursionError", e)
print(Deep(100).child is not None)
mid(0)
