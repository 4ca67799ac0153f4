# math: values to the last bit (repr), special cases and error messages,
# compared with CPython 3.10.
import math

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(f.__name__, args, kw or '', '->', repr(r))

print(math.pi, math.e, math.tau, math.inf, math.nan)
inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 0.5, 1.0, 2.0, -1.5, 3.75, 10.0, 1e-10, 1e10, 1e300, -1e300, inf, -inf, nan, 7, -3, 2**70, True]
for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sin', 'cos', 'tan',
             'fabs', 'floor', 'ceil', 'trunc', 'isnan', 'isinf', 'isfinite', 'degrees', 'radians',
             'gamma', 'lgamma', 'erf', 'erfc', 'frexp', 'modf', 'ulp', 'asin', 'tanh', 'atan', 'acos', 'sinh', 'cosh', 'asinh', 'acosh', 'atanh']:
    f = getattr(math, name)
    for x in vals:
        show(f, x)

for f in [math.pow, math.atan2, math.copysign, math.fmod, math.remainder, math.hypot, math.nextafter, math.log]:
    for x, y in [(2.0, 3.0), (2, 0.5), (-8.0, 1/3), (0.0, -1.0), (-0.0, -3.0), (10.0, 400.0), (1.0, nan), (nan, 0.0),
                 (inf, 2.0), (-inf, 3.0), (-inf, -3.0), (0.5, inf), (2.0, -inf), (-1.0, inf), (5.0, 0.0), (inf, inf),
                 (7.5, 2.0), (-7.5, 2.0), (1e308, 10.0), (3, 2**70), (2**1000, 2), (-2.0, 0.5), (100, 10)]:
        show(f, x, y)

# gamma and lgamma are CPython's own Lanczos sums; they call the C
# library's pow and log, which misround on a few points of this grid (as
# glibc does), hence 15 digits.
for i in range(-40, 400):
    x = i / 7.3
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, x, '%.15g' % f(x))
        except (ValueError, OverflowError) as e:
            print(f.__name__, x, type(e).__name__, e)
for x in [0.5, 1e-21, -1e-21, 171.5, 171.7, -171.5, -200.5, 250.0, 2.0**60, -2.0**60, 23.0, 24.0]:
    show(math.gamma, x)
    show(math.lgamma, x)

# sin/cos/log/exp on a grid: the libm results CPython returns.
acc = []
for i in range(1, 2000):
    x = i * 0.0137
    acc.append((math.sin(x), math.cos(x), math.log(x), math.exp(x / 10), math.sqrt(x)))
print(hash(tuple(acc)))

# integers
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(1000))))
for a in [-1, 2.5, 'x', 5.0, 10**30]:
    show(math.factorial, a)
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40 + 12345), math.isqrt(True))
show(math.isqrt, -1); show(math.isqrt, 2.0)
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(2**80, 2**70 * 3), math.gcd(0, 0), math.gcd(12, 18, 27))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**40, 3**30), math.lcm(2**62, 3))
show(math.gcd, 1.5); show(math.lcm, 2, '3')
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.comb(10**20, 2), math.comb(0, 0))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(5, 7), math.perm(10**20, 2))
for a in [(-1, 2), (5, -2), (5.0, 2), (2**64, 2**63)]:
    show(math.comb, *a)
    show(math.perm, *a)
print(math.prod([]), math.prod(range(1, 11)), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(['ab'], start=3))
show(math.prod, [1, 'a'])

# fsum is exact
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2**-53, 2**-106]), math.fsum([]), math.fsum(iter([1.5, 2.5])), math.fsum([inf, 1.0]), math.fsum([nan, 1.0]))
show(math.fsum, [inf, -inf]); show(math.fsum, [1e308, 1e308]); show(math.fsum, [1, 'a'])
print(math.fsum([1.7976931348623157e+308, -1e292]), math.fsum([2.0**1023, 2.0**970]))

# hypot and dist
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3, 4), math.hypot(1e-320, 1e-320), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.hypot(*[i * 0.1 for i in range(50)]), math.hypot(1e308, 1e308 / 2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 5, 6)), math.dist((), ()))
show(math.dist, (1, 2), (1,)); show(math.dist, 1, 2)

# isclose
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan))
show(math.isclose, 1, 2, rel_tol=-1); show(math.isclose, 1, 2, 3)

# ldexp, frexp
print(math.ldexp(1.0, 10), math.ldexp(0.5, -1074), math.ldexp(1, 2**70 * -1), math.ldexp(-0.0, 5), math.ldexp(inf, -5))
show(math.ldexp, 1.0, 2**70); show(math.ldexp, 1.0, 1024); show(math.ldexp, 1.0, 1.5)

# __floor__, __ceil__, __trunc__, __float__, __index__
class F:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
class G:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.floor(G()), math.ceil(G()), math.sqrt(G()), math.sqrt(I()), math.gcd(I(), 21))
show(math.trunc, 2.5j); show(math.floor, 'x'); show(math.sqrt, 'x'); show(math.sqrt, b'4'); show(math.sqrt, [])
show(math.sqrt); show(math.sqrt, 1, 2); show(math.pow, 1); show(math.sqrt, x=1); show(math.log, 1, 2, 3); show(math.log, -1); show(math.log, 0)
show(math.log, 10, 1); show(math.log, 2**10000); show(math.log2, 2**10000); show(math.log10, 10**500); show(math.log, 0.0); show(math.log, -2**100)
show(math.exp, 1000); show(math.exp, -1000); show(math.pow, 0.0, -1.0); show(math.pow, 10.0, 400.0); show(math.pow, -1.0, 0.5)
show(math.sqrt, -1); show(math.acos, 2); show(math.atanh, 1); show(math.log1p, -1); show(math.cosh, 1000); show(math.sin, inf)
print([math.erf(x / 10) for x in range(-70, 70, 3)])
print([math.erfc(x / 10) for x in range(-70, 300, 7)])
show(math.atan2, inf, -inf); show(math.atan2, -0.0, -1.0); show(math.atan2, 0.0, 0.0); show(math.atan2, nan, 1.0); show(math.acos, 2.0)
show(math.floor, inf); show(math.ceil, nan); show(math.sqrt, 10**400); show(math.exp, 10**400)
print(type(math.floor(2.5)), type(math.ceil(True)), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.floor(1e20), math.ceil(-1e300) == -10**300)
