# The eval loop's fast paths (float + - * / and comparisons, small int *,
# list[int] get and set) must give exactly what the generic operations
# give, edge cases too.
import math

floats = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, math.inf, -math.inf, math.nan, 3.0]
for a in floats:
    row = []
    for b in floats:
        row.append(repr(a + b))
        row.append(repr(a - b))
        row.append(repr(a * b))
        try:
            row.append(repr(a / b))
        except ZeroDivisionError as e:
            row.append('ZeroDivisionError: %s' % e)
    print(' '.join(row))

for a in floats:
    print(''.join('%d%d%d%d%d%d' % (a < b, a <= b, a == b, a != b, a > b, a >= b) for b in floats))
print(1.0 < 2, 2 < 1.5, 1.0 == 1, True < 1.5, 0.0 == -0.0, math.nan != math.nan)

x = 1.0
x += 0.5
x -= 0.25
x *= 4.0
x /= 3.0
print(x, 0.1 + 0.2, 0.1 * 3, 1.0 / 3.0, 2.0 - 1e-16)

ints = [0, 1, -1, 7, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 2**62, -2**63, 2**63 - 1, 10**20]
for a in ints:
    print(' '.join(str(a * b) for b in ints))
y = 46341
y *= 46341
print(y, type(y).__name__, True * 3, 3 * True, 2 * 1.5, 1.5 * 2, 3 / 2, 7 / 7.0, 'ab' * 2, [0] * 3)
for a, b in [(1, 0), (1.0, 0.0), (1, 0.0), (0.0, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

l = [10, 20, 30]
print(l[0], l[2], l[-1], l[-3], l[True], l[False])
for i in [3, -4, 2**63 - 1, -2**63]:
    try:
        print(l[i])
    except IndexError as e:
        print('IndexError', e)
    try:
        l[i] = 0
    except IndexError as e:
        print('IndexError', e)
l[-1] = 'z'
l[0] += 5
l[1] -= 2.5
l[True] *= 2
print(l)
t = (1, 2)
print(t[-1], 'abc'[1], {'k': 1}['k'], [1, 2, 3][1:])
try:
    (1, 2)[0] = 3
except TypeError as e:
    print(e)


class L(list):
    def __getitem__(self, i):
        return ('get', i)

    def __setitem__(self, i, v):
        print('set', i, v)


m = L([1, 2, 3])
print(m[0], m[-1])
m[1] = 9
print(list(m))
