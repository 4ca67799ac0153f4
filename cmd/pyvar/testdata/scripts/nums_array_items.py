# array subscripts at int indexes (the exact array's fast get and set):
# every typecode, negative indexes, the range limits of each integer code,
# ints into float arrays, values the fast set leaves to __setitem__ (bools,
# floats into int arrays, out-of-range ints, objects with __index__ or
# __float__), out-of-range indexes, and a subclass's own __getitem__.
from array import array

for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    a[0] = 7
    a[-1] = 5
    print(tc, a[0], a[1], a[-1], a[-3], a.tolist())
    for k in (3, -4):
        try:
            a[k]
        except IndexError as e:
            print(tc, 'get', k, 'IndexError', e)
        try:
            a[k] = 1
        except IndexError as e:
            print(tc, 'set', k, 'IndexError', e)
    a[True] = 9
    print(tc, a[True], a[False], a.tolist())

limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for tc, (lo, hi) in limits.items():
    a = array(tc, [0, 0])
    a[0], a[1] = lo, hi
    print(tc, a[0], a[1])
    for bad in (lo - 1, hi + 1):
        try:
            a[0] = bad
        except OverflowError as e:
            print(tc, bad, 'OverflowError', e)
    try:
        a[0] = 1.5
    except TypeError as e:
        print(tc, 'TypeError', e)

class Idx:
    def __index__(self):
        return 4
class Flt:
    def __float__(self):
        return 2.5
d = array('d', [0.0] * 3)
d[0] = 3
d[1] = 2**60 + 1
d[2] = Flt()
print(d.tolist(), type(d[0]).__name__)
f = array('f', [0.0])
f[0] = 0.1
print(f[0], f[0] == 0.1)
f[0] = 1e300
print(f[0])
try:
    d[0] = 'x'
except TypeError as e:
    print('TypeError', e)
i = array('i', [0, 0])
i[Idx() and 1] = Idx()
print(i.tolist())
try:
    i['0']
except TypeError as e:
    print('TypeError', e)
u = array('u', 'ab')
u[0] = 'z'
print(u[0], u[-1], u.tolist())

class A(array):
    def __getitem__(self, i):
        return ('sub', super().__getitem__(i))
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)
s = A('d', [1.0, 2.0])
s[1] = 4.0
print(s[0], s[1], list(s))
