# A global next to a local run as one superinstruction
# (LOAD_GLOBAL__LOAD_FAST, LOAD_FAST__LOAD_GLOBAL), through the LOAD_GLOBAL
# cache: globals rebound, deleted, shadowing a builtin; builtins replaced;
# globals that are not an exact dict; errors in either half.
import builtins

STEP = 2


def acc(n):
    total = 0
    for i in range(n):
        total = total + STEP  # LOAD_FAST total, LOAD_GLOBAL STEP
    return total


def use(x):
    return len(x) + STEP  # LOAD_GLOBAL len, LOAD_FAST x


print(acc(20), use([1, 2]))
STEP = 5
print(acc(20), use([1, 2]))
len = lambda x: 42  # a global shadows the builtin
print(use([1, 2]), acc(3))
del len
print(use([1, 2]))
saved = builtins.len
builtins.len = lambda x: -1
print(use([1, 2]))
builtins.len = saved
print(use([1, 2]))
del STEP
for fn, arg in [(acc, 20), (use, "ab")]:
    try:
        fn(arg)
    except NameError as e:
        tb = e.__traceback__.tb_next
        print(fn.__name__, "line", tb.tb_lineno - fn.__code__.co_firstlineno, e)
STEP = 1


def unbound():
    r = abs(y)  # LOAD_GLOBAL abs, LOAD_FAST y: y unbound
    y = 1
    return r


try:
    unbound()
except UnboundLocalError as e:
    print("unbound", e.__traceback__.tb_next.tb_lineno - unbound.__code__.co_firstlineno, e)


class Globals(dict):
    def __missing__(self, key):
        return "missing " + key


ns = Globals(STEP=3, range=range, len=len)
exec("def f(a):\n    return a, a + STEP, OTHER\n", ns)
print(ns["f"](-4))
exec("def g(a):\n    t = 0\n    for i in range(12):\n        t = t + STEP\n    return len(a), t\n", ns)
print(ns["g"]("abc"))
ns["STEP"] = 10
print(ns["g"]("abcd"))
