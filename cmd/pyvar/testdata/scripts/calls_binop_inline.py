# Arithmetic operators whose left operand's class defines the method in
# Python run it in the caller's eval loop: NotImplemented goes on to the
# reflected method, the sequence fallback or the TypeError exactly as
# through BinaryOp; in-place forms, subclasses whose reflected method goes
# first, errors, tracebacks and frames are unchanged.
import sys
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - (o.x if isinstance(o, V) else o))

    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return V(self.x * o)
        return NotImplemented

    def __truediv__(self, o):
        return V(self.x / o)

    def __repr__(self):
        return "V(%r)" % (self.x,)


class R:
    def __radd__(self, o):
        return ("radd", o)

    def __rmul__(self, o):
        return ("rmul", o)


class W(V):
    def __radd__(self, o):
        return ("W.radd first", o)


class W2(V):
    pass


class Idx:
    def __init__(self, n):
        self.n = n

    def __mul__(self, o):
        return NotImplemented

    def __index__(self):
        return self.n


class Caller:
    def __add__(self, o):
        return sys._getframe(1).f_code.co_name

    def __sub__(self, o):
        return NotImplemented


class RCaller:
    def __rsub__(self, o):
        return sys._getframe(1).f_code.co_name


class Bad:
    def __add__(self, o):
        return 1 / 0

    def __sub__(self):
        return "no other"

    def __mul__(self, o):
        yield o


class IAdd(V):
    def __iadd__(self, o):
        return "iadd"


def ops():
    a, b = V(1), V(2)
    out = [a + b, a + 5, a - b, a - 1, a * 3, a * 2.5, a / 2]
    out.append(a + R())
    out.append(a * R())
    out.append(a + W(10))
    out.append(a + W2(10))
    out.append(Idx(3) * [1, 2])
    out.append(Caller() + 1)
    out.append(Caller() - RCaller())
    for expr in ("a + 'x'", "a * 'x'", "a * a", "Idx(2) * Idx(3)", "Caller() - 1", "a + None"):
        try:
            out.append(eval(expr))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    x = V(1)
    x += 1
    x += V(2)
    out.append(x)
    y = V(1)
    try:
        y *= "s"
    except TypeError as e:
        out.append("TypeError: %s" % e)
    w = Idx(2)
    try:
        w *= [5]
    except TypeError as e:
        out.append("TypeError: %s" % e)
    w = [5]
    w *= Idx(2)
    out.append(w)
    z = IAdd(1)
    z += 1
    out.append(z)
    out.append(list(Bad() * 3))
    return out


for _ in range(3):
    print(ops())


def tb(expr):
    try:
        eval(expr)
    except Exception as e:
        lines = traceback.format_exc().splitlines()
        print(type(e).__name__, e, [l.strip() for l in lines if l.strip().startswith(("File", "return"))][-2:])


for _ in range(2):
    tb("Bad() + 1")
    tb("Bad() - 1")


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return Deep(self.n - 1) + (o + 1)


print(Deep(40) + 0)
sys.setrecursionlimit(100)
try:
    Deep(500) + 0
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


# The class changes after the site ran.
def add(p, q):
    return p + q


out = []
for step in range(5):
    if step == 1:
        V.__add__ = lambda self, o: "lambda"
    elif step == 2:
        del V.__add__
    elif step == 3:
        V.__add__ = len
    elif step == 4:
        V.__add__ = lambda self, o: NotImplemented
        R.__radd__ = lambda self, o: "new radd"
    row = []
    for _ in range(3):
        try:
            row.append(add(V(1), R()))
        except TypeError as e:
            row.append("TypeError: %s" % e)
    out.append((step, row))
for line in out:
    print(line)
