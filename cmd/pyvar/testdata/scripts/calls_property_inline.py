# LOAD_ATTR of a property whose getter is a Python function runs the
# getter in the caller's eval loop: results, errors, tracebacks, frames,
# recursion and every change to the class are as through property.__get__.
import sys
import traceback


class A:
    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        return self._x * 2

    @property
    def caller(self):
        return sys._getframe(1).f_code.co_name

    @property
    def bad(self):
        return 1 / 0

    @property
    def missing(self):
        return self.nope

    @property
    def gen(self):
        yield self._x

    def _noargs():
        return "no self"

    noargs = property(_noargs)
    builtin = property(len)
    absent = property()


class Sub(A):
    pass


def use(o):
    return o.x, o.caller


a, s = A(3), Sub(4)
print([use(a) for _ in range(3)], [use(s) for _ in range(3)])
print(list(a.gen))
print(A.x.fget(a), type(A.x).__name__)

for name in ("bad", "missing", "noargs", "builtin", "absent"):
    for _ in range(2):
        try:
            print(name, getattr(a, name) if name == "builtin" else eval("a." + name))
        except Exception as e:
            print(name, type(e).__name__, e)


def tb():
    try:
        a.bad
    except ZeroDivisionError:
        lines = traceback.format_exc().splitlines()
        print([l.strip() for l in lines if l.strip().startswith(("File", "a.bad", "return"))][-4:])


tb()
tb()


# Changes to the class after the site was cached.
def read(o):
    try:
        return o.x
    except Exception as e:
        return type(e).__name__


out = []
for step in range(7):
    if step == 1:
        A.x = property(lambda self: "lambda %d" % self._x)
    elif step == 2:
        A.x = property(lambda self: "sub only")
        Sub.x = property(A.x.fget, doc="d")
    elif step == 3:
        del A.x
        a.x = "instance"
    elif step == 4:
        class P2(property):
            pass
        A.x = P2(lambda self: "subclass")
    elif step == 5:
        A.x = property(len)
        a.__dict__["x"] = "shadowed"
    elif step == 6:
        del Sub.x
        A.x = property(lambda self: self._x + 100)
    out.append((step, [read(a) for _ in range(3)], [read(s) for _ in range(3)]))
for line in out:
    print(line)


# A getter recursing through the property, to the recursion limit.
class R:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        if self.n == 0:
            return 0
        return R(self.n - 1).depth + 1


print(R(50).depth)
sys.setrecursionlimit(100)
try:
    R(200).depth
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


# A class with __getattr__: an AttributeError in the getter falls back to it.
class G:
    @property
    def p(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr " + name


print([G().p for _ in range(3)])
