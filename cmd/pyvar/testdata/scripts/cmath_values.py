# cmath: special values (C99 Annex G), branch cuts and signs of zero,
# errors, argument conversion, and the module's surface.
import cmath
import math

inf, nan = math.inf, math.nan
specials = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh',
         'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    if isinstance(r, complex):
        return '(%r, %r)' % (r.real, r.imag)
    return repr(r)


for name in names:
    f = getattr(cmath, name)
    print(name)
    for x in specials:
        print('  ', ' '.join(show(f, complex(x, y)) for y in specials))

# Finite values on and near the branch cuts, with signed zeros.
for name in names:
    f = getattr(cmath, name)
    for z in [complex(2.0, 0.0), complex(2.0, -0.0), complex(-2.0, 0.0), complex(-2.0, -0.0),
              complex(0.0, 2.0), complex(-0.0, 2.0), complex(0.0, -2.0), complex(-0.0, -2.0),
              complex(1.0, 0.0), complex(-1.0, 0.0), complex(0.0, 1.0), complex(0.0, -1.0),
              complex(0.5, 0.25), complex(1e-310, 1e-320), complex(1e308, 1e308),
              complex(-1e308, 3.0), complex(3.0, 1e308), complex(800.0, 1.0), complex(-800.0, 2.0)]:
        print(name, repr(z), show(f, z))

print('phase', [show(cmath.phase, complex(x, y)) for x in specials for y in specials])
print('polar', [show(cmath.polar, complex(x, y)) for x in specials for y in specials])
print('rect', [show(cmath.rect, x, y) for x in specials for y in specials])
print(show(cmath.phase, complex(1e300, 1e-300)), show(cmath.phase, complex(-1e300, 1e-320)))
print(show(cmath.polar, complex(1e308, 1e308)), show(cmath.polar, 3 + 4j), show(cmath.rect, 2.0, -0.0))
print(show(cmath.log, 0), show(cmath.log, 0, 2), show(cmath.log, 2, 0), show(cmath.log, 2, 1),
      show(cmath.log, 8, 2), show(cmath.log, -1j, 1 + 1j), show(cmath.log10, 1000))
print(show(cmath.exp, 1000), show(cmath.cosh, complex(1000, 1)), show(cmath.sinh, complex(-1000, 1)),
      show(cmath.exp, complex(709.5, 0.5)), show(cmath.tanh, complex(1000, 1)))
for f in [cmath.isfinite, cmath.isinf, cmath.isnan]:
    print(f.__name__, [f(complex(x, y)) for x in specials for y in specials])
print(cmath.isclose(1, 1 + 1e-10), cmath.isclose(1j, 1.0001j, rel_tol=1e-3), cmath.isclose(0, 1e-10),
      cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 0), complex(-inf, 0)), cmath.isclose(nan, nan))

# Argument conversion: __complex__, __float__, __index__, complex subclasses.
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 9.0
class I:
    def __index__(self):
        return 16
class Sub(complex):
    pass
class Bad:
    def __complex__(self):
        return 3
class Raises:
    def __complex__(self):
        raise KeyError('no')
print(show(cmath.sqrt, C()), show(cmath.sqrt, F()), show(cmath.sqrt, I()), show(cmath.sqrt, Sub(-4)),
      show(cmath.sqrt, True), show(cmath.sqrt, 2 ** 80), show(cmath.sqrt, 2 ** 2000))
print(show(cmath.sqrt, Bad()), show(cmath.sqrt, Raises()), show(cmath.sqrt, 'x'), show(cmath.sqrt, None))
print(show(cmath.log, 1, 'x'), show(cmath.rect, 1j, 1), show(cmath.rect, 1, I()), show(cmath.phase, C()))

# Calls: argument counts and keywords, CPython's messages.
print(show(cmath.sqrt), show(cmath.sqrt, 1, 2), show(lambda: cmath.sqrt(z=1)), show(cmath.log),
      show(cmath.log, 1, 2, 3), show(lambda: cmath.log(1, base=2)), show(cmath.rect, 1),
      show(cmath.isclose, 1), show(cmath.isclose, 1, 2, 3), show(lambda: cmath.isclose(1, 2, rel_tol=-1)),
      show(lambda: cmath.isclose(1, 2, tol=1)), show(lambda: cmath.isclose(a=1, b=1)))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.__doc__)
print([n for n in dir(cmath) if not n.startswith('__')])
for n in names + ['phase', 'polar', 'rect', 'isfinite', 'isinf', 'isnan', 'isclose']:
    print(n, repr(getattr(cmath, n).__doc__))
print(cmath.log.__doc__, cmath.sqrt)
