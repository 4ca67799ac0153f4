# decimal through the Go _decimal: contexts, signals and traps, rounding
# modes, special values, formatting, hashing, mixed comparisons and the
# methods that run _pydecimal's code (the golden output is CPython 3.10's
# C _decimal's).
import decimal as D
import _decimal
print(D.Decimal is _decimal.Decimal, D.__libmpdec_version__, D.MAX_PREC, D.MAX_EMAX, D.MIN_EMIN, D.MIN_ETINY)

Decimal, Context = D.Decimal, D.Context

# construction
for v in ['0', '-0', '1.50', '  12_345.6_7  ', '1e10', '-1E-10', 'inf', '-Infinity', 'nan', 'sNaN123',
          '-nan7', '0.000001', '0.0000001', '1234567890123456789012345678901234567890', '.5', '5.']:
    d = Decimal(v)
    print(repr(v), repr(d), str(d), d.as_tuple())
for v in [0, -7, 2**70, -(2**64), 1.5, 0.1, -0.0, 1e300, float('inf')]:
    print(repr(v), repr(Decimal(v)))
print(Decimal((1, (3, 1, 4), -2)), Decimal((0, (), 'F')), Decimal([0, (1, 2), 5]))
print(Decimal(Decimal('3.30')))
c = Context(traps=[])
print(repr(Decimal('abc', c)), c.flags[D.InvalidOperation])
try:
    Decimal('abc')
except D.InvalidOperation as e:
    print('InvalidOperation', [x.__name__ for x in e.args[0]])

# arithmetic with the default context
a, b = Decimal('1.1'), Decimal('2.20')
print(a + b, a - b, a * b, a / b, b // a, b % a, divmod(b, a), -a, +b, abs(Decimal('-3')))
print(a + 1, 1 + a, 3 - a, a * 2, 7 / Decimal(3), 7 // Decimal('-2'), Decimal(-7) % 2, divmod(7, Decimal(2)))
print(Decimal(1) / Decimal(7), Decimal(2) / Decimal('0.5'), Decimal('1.00') / Decimal(4))
print(Decimal('1e999999') * 10 if False else 'skip')
try:
    a + 1.5
except TypeError as e:
    print('TypeError', e)

# contexts, flags and traps
ctx = D.getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp)
ctx.clear_flags()
print(Decimal(1) / Decimal(3))
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
try:
    Decimal(1) / Decimal(0)
except D.DivisionByZero as e:
    print('DivisionByZero', isinstance(e, ZeroDivisionError), [x.__name__ for x in e.args[0]])
ctx.traps[D.Inexact] = True
try:
    Decimal(1) / Decimal(3)
except D.Inexact as e:
    print('Inexact trapped')
ctx.traps[D.Inexact] = False
with D.localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / Decimal(7), D.getcontext().prec)
print(Decimal(1) / Decimal(7), D.getcontext().prec)
c2 = Context(prec=3, rounding=D.ROUND_DOWN, traps=[], flags=[])
print(repr(c2))
print(c2.add(Decimal('1.234'), 5), c2.multiply(3, Decimal('3.333')), c2.divide(2, 3), c2.flags[D.Inexact])
print(c2.Etiny(), c2.Etop(), c2.create_decimal('3.14159'), c2.to_sci_string(Decimal('1E+2')))
print(c2.quantize(Decimal('2.5'), Decimal('1')), c2.divmod(7, 3), c2.compare(1, Decimal(2)))
print(issubclass(D.FloatOperation, TypeError), issubclass(D.Underflow, D.Subnormal), D.Overflow.__mro__[1].__name__)
for bad in [('prec', 0), ('Emax', -1), ('Emin', 1), ('clamp', 2), ('capitals', 3)]:
    try:
        setattr(Context(), *bad)
    except ValueError as e:
        print(bad[0], 'ValueError')

# rounding modes through quantize
x = Decimal('-2.45')
for r in ['ROUND_CEILING', 'ROUND_DOWN', 'ROUND_FLOOR', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN',
          'ROUND_HALF_UP', 'ROUND_UP', 'ROUND_05UP']:
    print(r, x.quantize(Decimal('0.1'), rounding=getattr(D, r)), Decimal('2.55').quantize(Decimal('0.1'), getattr(D, r)))
print(Decimal('123.456').quantize(Decimal('1e1')), Decimal('7.325').quantize(Decimal('.01'), D.ROUND_DOWN))
print(round(Decimal('2.5')), round(Decimal('3.5')), round(Decimal('3.14159'), 2), int(Decimal('-7.9')),
      float(Decimal('0.1')), Decimal('7.5').to_integral_value(), Decimal('-7.5').to_integral_exact(D.ROUND_FLOOR))
import math
print(math.floor(Decimal('-1.5')), math.ceil(Decimal('-1.5')), math.trunc(Decimal('-1.5')))

# special values
inf, nan = Decimal('Infinity'), Decimal('NaN')
print(inf + 1, -inf, inf * -2, 1 / inf, nan + 1, inf - inf if False else '', Decimal('-0') + Decimal('0'))
print(nan == nan, nan != nan, inf > 10**100, Decimal('-inf') < -10**100, bool(Decimal(0)), bool(nan))
try:
    nan < 1
except D.InvalidOperation:
    print('nan < 1 InvalidOperation')

# formatting
for s in ['123.456e10', '1E+7', '0.00001234', '-0E-9', '12345E-20', '1e100000', '0E+7', '12E+3']:
    print(s, str(Decimal(s)), Decimal(s).to_eng_string())

# hashing and mixed comparisons
for v in ['1', '0.5', '-2.25', '1e3', '123456789012345678901234567890', '1e-30', '-0', 'inf', '-inf', '1.000']:
    d = Decimal(v)
    try:
        h = hash(float(v)) if 'e-30' not in v and len(v) < 20 else None
    except Exception:
        h = None
    print(v, hash(d), hash(d) == h if h is not None else '-')
print(hash(Decimal(2**70)) == hash(2**70), hash(Decimal('1e-30')))
print(Decimal(1) == 1, Decimal('1.0') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal(2) > 1.5,
      Decimal(2) < 3, 3 > Decimal(2), Decimal('1.5') <= 1.5, {Decimal(1): 'a'}[1])
print(sorted([Decimal('3'), 1, Decimal('-2.5'), 2.75]))
print(Decimal('3.14').as_integer_ratio(), Decimal('-2E+2').as_integer_ratio(), Decimal('0.125').adjusted())
import copy, pickle
print(copy.deepcopy(Decimal('2.0')), Decimal('-1.50').__reduce__()[1], pickle.loads(pickle.dumps(Decimal('-1.50'))))
print(pickle.loads(pickle.dumps(Context(prec=7, traps=[D.Overflow]))))
from fractions import Fraction
print(Decimal('0.5') == Fraction(1, 2), Decimal('0.3') < Fraction(1, 3), Decimal(1) == complex(1, 0), Decimal(1) == 1j)
class MyDecimal(Decimal):
    pass
m = MyDecimal('1.5')
print(type(m).__name__, type(m + 1).__name__, m * 2, type(copy.copy(m)).__name__, isinstance(m, Decimal))
with D.localcontext(Context(prec=50, Emax=D.MAX_EMAX, Emin=D.MIN_EMIN)) as lc:
    print(Decimal(1) / Decimal(3), lc.prec)
print(Decimal('1e999999999999999999999') if False else '', repr(Context(traps=[]).create_decimal('1e1000000')))

# methods that run _pydecimal's code for now
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal('1000').log10(), Decimal(2) ** 10,
      Decimal('1.5') ** 2, pow(Decimal(3), 4, 5), 2 ** Decimal('0.5'))
print(format(Decimal('1234567.891'), ',.2f'), format(Decimal('0.5'), '%'), '{:e}'.format(Decimal('123.45')),
      Decimal('1.20').normalize(), Decimal(5).max(Decimal(7)), Decimal('-0').copy_sign(1), Decimal(7).scaleb(2))
c3 = Context(prec=4, traps=[])
print(c3.sqrt(Decimal(2)), c3.power(2, 100), c3.flags[D.Inexact], c3.flags[D.Rounded], c3.is_zero(Decimal(0)))
try:
    Context(prec=4).sqrt(Decimal(-1))
except D.InvalidOperation:
    print('sqrt(-1) InvalidOperation')
print(Decimal.from_float(0.25), c3.create_decimal_from_float(0.1), Decimal(3).compare(Decimal(2)), complex(Decimal('1.5')))
