# f(*args) of a Python function runs in the caller's eval loop (a tuple or
# list of arguments), and *args parameters collect the rest in one tuple:
# binding, defaults, errors, tracebacks and recursion are as through a call
# from Go.
import sys
import traceback


def g(a, b, c=3):
    return (a, b, c)


def v(a, *rest):
    return (a, rest, type(rest).__name__)


def caller():
    return sys._getframe(1).f_code.co_name


def gen(*a):
    yield from a


class L(list):
    def __iter__(self):
        return iter([9, 9])


class T(tuple):
    pass


def run():
    tup, lst = (1, 2), [1, 2, 3]
    out = [g(*tup), g(*lst), v(*tup), v(*lst), v(1), v(*()[:0], 5), caller(*()), list(gen(*lst))]
    out.append(g(*L([1, 2])))
    out.append(g(*T((4, 5))))
    out.append(g(*"ab"))
    out.append(g(*range(2)))
    out.append(v(*[i for i in range(5)]))
    m = [1, 2]

    def mutate(a, b):
        m.append(3)
        return (a, b, len(m))
    out.append(mutate(*m))
    for args in ((1,), (1, 2, 3, 4), 5, None):
        try:
            out.append(g(*args))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    return out


for _ in range(3):
    print(run())


def bad(*a):
    return a[5]


def tb():
    try:
        bad(*(1, 2))
    except IndexError:
        lines = traceback.format_exc().splitlines()
        print([l.strip() for l in lines if l.strip().startswith(("File", "return", "bad("))][-4:])


tb()
tb()


def rec(n, *rest):
    return rec(*(n - 1,) + rest) if n else n


print(rec(100, "x"))
sys.setrecursionlimit(100)
try:
    rec(500)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
