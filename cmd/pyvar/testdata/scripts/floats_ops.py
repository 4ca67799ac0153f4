# Float arithmetic through the eval loop's fast paths and float_pow's
# direct path: results, signs of zero, NaN comparisons, errors.
import math


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r), type(r).__name__)


xs = [0.0, -0.0, 1.5, -2.25, 1e308, 5e-324, math.inf, -math.inf, math.nan, 3, -7, True]
for a in xs:
    for b in xs:
        show(f"{a!r} + {b!r}", lambda: a + b)
        show(f"{a!r} - {b!r}", lambda: a - b)
        show(f"{a!r} * {b!r}", lambda: a * b)
        show(f"{a!r} / {b!r}", lambda: a / b)
        show(f"{a!r} < {b!r}", lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b))

for a in [2.0, -2.0, 0.0, -0.0, 0.5, 10.0, -8.0, 1.0, math.inf, -math.inf, math.nan, 1e300]:
    for b in [2, 3, -1, -2, 0, 0.5, -1.5, 1 / 3, 1000.0, -1000.0, 2.0, math.inf, -math.inf, math.nan, 10**20, -0.0]:
        show(f"{a!r} ** {b!r}", lambda: a ** b)

t = 2.0
t **= 10
print(t)
t **= 0.5
print(t)
acc = 0.0
for i in range(1, 200):
    x = i * 0.37
    acc += x ** -1.5 + x ** 2 + (x - 1.0) * (x + 1.0) / x
    acc -= x ** 0.25
print(repr(acc))
print(repr(sum(i ** 1.7 for i in range(2000))))
print((-2.5) ** 3, (-2.5) ** -3, (-0.5) ** 1001)


class F(float):
    def __pow__(self, o):
        return "F.__pow__"

    def __add__(self, o):
        return "F.__add__"


print(F(2.0) ** 2.0, F(2.0) + 1.0, 2.0 ** F(3.0), 1.0 + F(2.0))

# Mixed int/float arithmetic and small-int // and % (binaryOp's direct path).
big = 2**53 + 1
for a in [7, -7, 0, 1, -1, 2**62, -2**63, big, 3.5, -0.0, 1e300]:
    for b in [2, -2, 3, -3, 1, -1, 0, 0.5, -2.5, 2**62, -2**63, big, 0.0]:
        show(f"{a!r} // {b!r}", lambda: a // b)
        show(f"{a!r} % {b!r}", lambda: a % b)
        show(f"{a!r} /+-* {b!r}", lambda: (a / b, a + b, a - b, a * b))
s = 0.0
n = 7
for i in range(1, 500):
    s += 1.0 / (i * (i + 1) // 2 + n % 5 + 1) + i * 0.5 - 3 / (i + 0.25)
    n //= 1
    n %= 1000003
print(repr(s), n)

# Float against int comparisons (exact below 2**53, the generic path above),
# abs, min and max of floats, NaN among them.
nan = math.nan
for a in [0.5, -0.0, 0.0, 2.0**53, 2.0**53 + 2, 9007199254740993.0, 1e300, -math.inf, nan]:
    for b in [0, 1, -1, 2**53, 2**53 + 1, -2**53 - 1, 2**63 - 1, 10**30, True]:
        print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b, b < a, b == a, b >= a)
for a, b in [(1.5, 2.5), (2.5, 1.5), (nan, 1.0), (1.0, nan), (-0.0, 0.0), (0.0, -0.0), (nan, nan), (1.0, 1)]:
    print(repr(min(a, b)), repr(max(a, b)), repr(abs(a)), repr(abs(-b)))
m = 0.0
for i in range(100):
    x = (i * 0.37) % 3.0 - 1.5
    if x > 0:
        m = max(m, x)
    elif x < -1:
        m = min(m, abs(x))
print(repr(m))
