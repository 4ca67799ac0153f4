# math functions called as math.f(x) (CALL_METHOD straight to the
# function with the arguments on the stack), from a name, through a
# variable and with * or keywords: same results and errors.
import math
from math import sqrt, floor, hypot


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r), type(r).__name__)


class Floaty:
    def __float__(self):
        return 2.25


class Floors:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


class Idx:
    def __index__(self):
        return 7


args = [4.0, 2, True, -1.0, 0.0, 1e308, math.inf, math.nan, 10**400, Floaty(), Idx(), "x", None, Floors()]
for a in args:
    show(f"sqrt({a!r:.20})", lambda: math.sqrt(a))
    show(f"exp({a!r:.20})", lambda: math.exp(a))
    show(f"log({a!r:.20})", lambda: math.log(a))
    show(f"log10({a!r:.20})", lambda: math.log10(a))
    show(f"floor({a!r:.20})", lambda: math.floor(a))
    show(f"ceil({a!r:.20})", lambda: math.ceil(a))
    show(f"trunc({a!r:.20})", lambda: math.trunc(a))
    show(f"isnan({a!r:.20})", lambda: math.isnan(a))
    show(f"gamma({a!r:.20})", lambda: math.gamma(a))
    show(f"atan2({a!r:.20}, 2)", lambda: math.atan2(a, 2))
    show(f"pow({a!r:.20}, 0.5)", lambda: math.pow(a, 0.5))
    show(f"hypot({a!r:.20}, 3)", lambda: math.hypot(a, 3))
    show(f"copysign(1, {a!r:.20})", lambda: math.copysign(1, a))

show("sqrt()", lambda: math.sqrt())
show("sqrt(1, 2)", lambda: math.sqrt(1, 2))
show("sqrt(x=1)", lambda: math.sqrt(x=1))
show("atan2(1)", lambda: math.atan2(1))
show("atan2(1, 2, 3)", lambda: math.atan2(1, 2, 3))
show("hypot()", lambda: math.hypot())
show("hypot(3)", lambda: math.hypot(3))
show("hypot(3, 4, 12)", lambda: math.hypot(3, 4, 12))
show("hypot(*[3, 4])", lambda: math.hypot(*[3, 4]))
show("sqrt(*[9])", lambda: math.sqrt(*[9]))
show("from-import", lambda: (sqrt(2.0), floor(2.5), hypot(5, 12)))
f = math.sin
show("bound name", lambda: (f(1.0), f(0.5)))
t = 0.0
for i in range(1, 300):
    x = i * 0.1
    t += math.sqrt(x) + math.floor(x) + math.sin(x) * math.cos(x) + math.hypot(x, 1.0) + math.atan2(x, 2.0)
print(repr(t))
math.sqrt = lambda x: "patched"
show("patched", lambda: math.sqrt(4.0))
del math.sqrt
show("deleted", lambda: math.sqrt(4.0))
