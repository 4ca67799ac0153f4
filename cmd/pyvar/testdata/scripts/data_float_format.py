# float format with '' type and a precision (switches to an exponent one digit sooner than 'g'), round() to negative digits exactly with OverflowError, float() underscores only between digits.
import random
random.seed(3)
specs = ['.0', '.1', '.2', '.3', '.4', '.5', '.10', '.17', '10.4', '+.3', '<12.2', '.4', ',.6', '_.8', '#.3', '#.0']
vals = [1234.56, 0.0001234, 0.00001234, 1e16, 12.0, -0.5, 1e300, float('inf'), float('nan'), 123456789.0, 0.0, -0.0, 1.0, 9.99, 99.5, 0.5, 100.0, 5e-324, 1e22]
for v in vals:
    print(v, [format(v, s) for s in specs])
for i in range(300):
    v = random.uniform(-1, 1) * 10 ** random.randint(-10, 25)
    print(format(v, '.%d' % random.randint(0, 18)), end=' ')
print()
for c in [1+2j, 1234.5j, 1e20+1j]:
    print([format(c, s) for s in ['.2', '.4', '', '.0']])


vals = [1.6e308, -1.7e308, 1.5e308, 1e308, 1.7976931348623157e308, 12345.678, -12345.678, 25.0, 35.0, 15.0, -25.0, 0.5, 149.99999999999997, 5e-324, 1e22, 123456789012345678.0]
for v in vals:
    for nd in [-1, -2, -3, -5, -10, -22, -300, -308, -309]:
        try: r = round(v, nd)
        except OverflowError as e: r = 'OverflowError'
        print(v, nd, repr(r))
for i in range(300):
    v = random.uniform(-1e6, 1e6) * 10 ** random.randint(-5, 300)
    nd = -random.randint(1, 300)
    try: r = round(v, nd)
    except OverflowError: r = 'O'
    print(repr(r), end=' ')
print()
for lit in ['1_000.5', '1_.4', '1._4', '._5', '1.0e+_1', '1_e1', '1.4_e1', '1e_1', '1.4e_1', '1e1_0', '_1.0', '1.0_', '1__0.0', '1.0e1_']:
    try:
        print(lit, float(lit))
    except ValueError as e:
        print(lit, e)
