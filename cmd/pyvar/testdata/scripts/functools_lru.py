# _functools._lru_cache_wrapper (the C core of functools.lru_cache),
# reduce and cmp_to_key, on the native module directly.
import _functools
from _functools import _lru_cache_wrapper, reduce, cmp_to_key


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)


def lru_cache(maxsize=128, typed=False):
    def deco(f):
        return _lru_cache_wrapper(f, maxsize, typed, CacheInfo)
    return deco


calls = []


def orig(x, y):
    calls.append((x, y))
    return 3 * x + y


f = _lru_cache_wrapper(orig, 20, False, CacheInfo)
print(f.cache_info())


domain = range(5)
seq = [(x, y) for x in domain for y in domain] * 2
hits = misses = 0
for x, y in seq:
    actual = f(x, y)
    expected = orig(x, y)
    assert actual == expected
print(f.cache_info(), len(calls))
f.cache_clear()
print(f.cache_info())

# maxsize 0: no caching
f = _lru_cache_wrapper(orig, 0, False, CacheInfo)
for i in range(5):
    f(1, 2)
print(f.cache_info())
f = _lru_cache_wrapper(orig, -5, False, CacheInfo)
f(1, 2)
print(f.cache_info())

# maxsize 1
f_cnt = 0


@lru_cache(maxsize=1)
def g():
    global f_cnt
    f_cnt += 1
    return 20


for i in range(5):
    assert g() == 20
print(f_cnt, g.cache_info())


@lru_cache(maxsize=2)
def h(x):
    global f_cnt
    f_cnt += 1
    return x * 10


f_cnt = 0
for x in 0, 1, 0, 1, 0, 1, 2, 1, 0, 2:
    h(x)
print(f_cnt, h.cache_info())

# eviction order: least recently used goes first
order = []


@lru_cache(maxsize=3)
def e(x):
    order.append(x)
    return x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    e(x)
print(order, e.cache_info())

# unbounded
@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(n) for n in range(16)], fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(300))
print(fib.cache_info())

# typed
@lru_cache(maxsize=None, typed=True)
def sq(x):
    return x * x


print(sq(3), sq(3.0), sq(3), sq.cache_info())


@lru_cache(maxsize=None)
def sq2(x):
    return x * x


print(sq2(3), repr(sq2(3.0)), sq2.cache_info())

# keyword arguments make distinct keys
@lru_cache(maxsize=None)
def kw(a, b=2):
    return (a, b)


print(kw(1), kw(1, 2), kw(1, b=2), kw(a=1, b=2), kw(b=2, a=1), kw.cache_info())

# unhashable arguments
show('unhashable', lambda: kw([1]))
print(kw.cache_info())

# exceptions are not cached
n_err = 0


@lru_cache(maxsize=10)
def boom(x):
    global n_err
    n_err += 1
    raise ValueError(x)


for i in range(3):
    try:
        boom(1)
    except ValueError:
        pass
print(n_err, boom.cache_info())

# reentrancy: the call caches the same key meanwhile
@lru_cache(maxsize=2)
def reent(x):
    if x > 0:
        return reent(x - 1) + 1
    return 0


print(reent(5), reent.cache_info())

# the key for one int or str argument is the argument itself
class MyInt(int):
    pass


@lru_cache(maxsize=None)
def ident(x):
    return type(x).__name__


print(ident(1), ident(MyInt(1)), ident(True), ident('a'), ident.cache_info())

# recursion past the limit raises
@lru_cache(maxsize=None)
def deep(n):
    return 0 if n == 0 else deep(n - 1) + 1


show('deep', lambda: deep(100000))
print(deep(100))

# as a method
class C:
    @lru_cache(maxsize=None)
    def m(self, x):
        return (id(self) != 0, x)


c = C()
print(c.m(1), c.m(1), C.m.cache_info(), type(c.m).__name__, C.m is C.__dict__['m'])
print(C.m(c, 2), C.m.__get__(None, C) is C.m)
show('get none none', lambda: C.m.__get__(None))

# attributes
w = _lru_cache_wrapper(orig, 2, False, CacheInfo)
print(type(w).__name__, repr(type(w)), w.__copy__() is w, w.__deepcopy__({}) is w, w.__deepcopy__() is w)
w.__wrapped__ = orig
w.__qualname__ = 'orig'
w.__doc__ = 'docs'
w.cache_parameters = lambda: {'maxsize': 2}
print(w.__wrapped__ is orig, w.__doc__, w.__reduce__(), w.cache_parameters(), sorted(w.__dict__))
show('reduce no qualname', lambda: _lru_cache_wrapper(orig, 2, False, CacheInfo).__reduce__())
show('no args', lambda: _lru_cache_wrapper())
show('not callable', lambda: _lru_cache_wrapper(1, 2, False, CacheInfo))
show('bad maxsize', lambda: _lru_cache_wrapper(orig, 'x', False, CacheInfo))
show('float maxsize', lambda: _lru_cache_wrapper(orig, 1.5, False, CacheInfo))
show('huge maxsize', lambda: _lru_cache_wrapper(orig, 2**70, False, CacheInfo))
show('missing info', lambda: _lru_cache_wrapper(orig, 2, False))
show('info type', lambda: _lru_cache_wrapper(orig, 2, False, tuple).cache_info())
show('subclass', lambda: type('X', (_lru_cache_wrapper,), {}))
show('cache_info arg', lambda: w.cache_info(1))
print(_lru_cache_wrapper(orig, maxsize=3, typed=1, cache_info_type=CacheInfo, user_function=orig) if False else 'kw')
w = _lru_cache_wrapper(user_function=orig, maxsize=3, typed=1, cache_info_type=CacheInfo)
print(w(1, 2), w.cache_info())

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, ['a', 'b', 'c'], 'x'))
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 42), reduce(max, [3, 1, 4]))
print(reduce(lambda a, b: a + b, iter([[1], [2]]), []), reduce(lambda a, b: a + b, 'abc'))
show('reduce empty', lambda: reduce(lambda a, b: a + b, []))
show('reduce none', lambda: reduce())
show('reduce 1', lambda: reduce(lambda a, b: a))
show('reduce 4', lambda: reduce(lambda a, b: a, [], 1, 2))
show('reduce not iterable', lambda: reduce(lambda a, b: a, 5))
show('reduce kw', lambda: reduce(lambda a, b: a, [], initial=1))
show('reduce func error', lambda: reduce(lambda a, b: a / b, [1, 0]))
show('reduce not callable', lambda: reduce(5, [1, 2]))
print(reduce(5, [1]), reduce(5, [], 7))


class Squares:
    def __init__(self, max):
        self.max = max
        self.sofar = []

    def __len__(self):
        return len(self.sofar)

    def __getitem__(self, i):
        if not 0 <= i < self.max:
            raise IndexError
        n = len(self.sofar)
        while n <= i:
            self.sofar.append(n * n)
            n += 1
        return self.sofar[i]


print(reduce(lambda a, b: a + b, Squares(10)), reduce(lambda a, b: a + b, Squares(0), 0))

# cmp_to_key
def mycmp(x, y):
    return y - x


print(sorted([1, 5, 3, 2, 4], key=cmp_to_key(mycmp)))
key = cmp_to_key(mycmp)
k1, k2 = key(1), key(2)
print(k1 < k2, k1 > k2, k1 <= k2, k1 >= k2, k1 == k2, k1 != k2, key(3) == key(3), k1.obj)
show('K compare other', lambda: k1 < 1)
show('K hash', lambda: hash(k1))
show('K no arg', lambda: key())
show('K 2 args', lambda: key(1, 2))
print(key(obj=3).obj, type(key).__name__, type(k1) is type(key), repr(type(key)))
show('cmp_to_key none', lambda: cmp_to_key())
show('cmp_to_key kw', lambda: cmp_to_key(mycmp=mycmp)(1) < cmp_to_key(mycmp)(2))
bad = cmp_to_key(lambda a, b: 1 / 0)
show('cmp raises', lambda: bad(1) < bad(2))
bad = cmp_to_key(lambda a, b: 'x')
show('cmp returns str', lambda: bad(1) < bad(2))
show('K subclass', lambda: type('X', (type(key),), {}))
print(sorted(['b', 'A', 'c'], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(sorted(n for n in dir(_functools) if not n.startswith('__')))
