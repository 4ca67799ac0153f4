# itertools: product, permutations, combinations and
# combinations_with_replacement against their pure-Python definitions.
from itertools import (combinations, combinations_with_replacement, permutations,
                       product, islice)
import itertools


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


def py_product(*args, repeat=1):
    pools = [tuple(pool) for pool in args] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def py_permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    for indices in py_product(range(n), repeat=r):
        if len(set(indices)) == r:
            yield tuple(pool[i] for i in indices)


def py_combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    for indices in py_permutations(range(n), r):
        if sorted(indices) == list(indices):
            yield tuple(pool[i] for i in indices)


def py_cwr(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    for indices in py_product(range(n), repeat=r):
        if sorted(indices) == list(indices):
            yield tuple(pool[i] for i in indices)


ok = True
for n in range(6):
    values = [5 * x - 12 for x in range(n)]
    for r in range(n + 2):
        checks = [
            (list(combinations(values, r)), list(py_combinations(values, r))),
            (list(combinations_with_replacement(values, r)), list(py_cwr(values, r))),
            (list(permutations(values, r)), list(py_permutations(values, r))),
            (list(product(values, repeat=r)), list(py_product(values, repeat=r))),
        ]
        for got, want in checks:
            if got != want:
                ok = False
                print('MISMATCH', n, r, got, want)
        if r == n:
            if list(permutations(values)) != list(py_permutations(values)):
                ok = False
print('agree with the pure-Python definitions:', ok)

print(list(product('ab', range(3))), list(product((0, 1), (0, 1), (0, 1))))
print(list(product()), list(product([])), list(product('ab', [])), list(product('ab', repeat=0)))
print(list(product('ab', 'c', repeat=2)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 0)),
      list(combinations_with_replacement('', 2)), list(combinations_with_replacement('a', 3)))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)),
      list(permutations('', 0)), list(permutations('ab', None)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 5))),
      len(list(product(range(3), repeat=5))), len(list(combinations_with_replacement(range(5), 4))))
print(list(combinations(iterable='abc', r=2)), list(permutations(iterable='ab', r=1)))

# each result is a fresh tuple
c = combinations('abcd', 2)
a, b = next(c), next(c)
print(a, b, a is b)

show('product repeat neg', lambda: product('a', repeat=-1))
show('product repeat str', lambda: product('a', repeat='x'))
show('product bad kw', lambda: product('a', foo=1))
show('product not iterable', lambda: product(1))
show('combinations no r', lambda: combinations('abc'))
show('combinations neg', lambda: combinations('abc', -1))
show('combinations str r', lambda: combinations('abc', 'x'))
show('combinations 3', lambda: combinations('abc', 1, 2))
show('cwr neg', lambda: combinations_with_replacement('abc', -2))
show('cwr none', lambda: combinations_with_replacement('abc', None))
show('permutations float', lambda: permutations('abc', 1.0))
show('permutations neg', lambda: permutations('abc', -1))
show('permutations kw', lambda: permutations('abc', s=1))
show('permutations not iterable', lambda: permutations(5))
show('combinations not iterable', lambda: combinations(None, 1))

# state for pickling: __reduce__ and __setstate__
for it in [product('ab', 'cd'), combinations('abcd', 2), combinations_with_replacement('abc', 2),
           permutations('abc', 2)]:
    print(type(it).__name__, it.__reduce__()[1:])
    next(it)
    next(it)
    st = it.__reduce__()
    print('  started', st[1:])
    fresh = type(it)(*st[1])
    fresh.__setstate__(st[2])
    print('  resumed', list(fresh) == list(it))
    print('  exhausted', it.__reduce__()[1:])

p = product('ab', 'cd')
p.__setstate__((5, -3))
print(list(p))
p = product('ab', '')
p.__setstate__((0, 0))
print(list(p))
show('product setstate len', lambda: product('ab').__setstate__((1, 2)))
show('product setstate str', lambda: product('ab').__setstate__(('a',)))
c = combinations('abcde', 3)
c.__setstate__((9, 9, 9))
print(list(c))
show('comb setstate', lambda: combinations('abc', 2).__setstate__([0, 1]))
pm = permutations('abc')
pm.__setstate__(((2, 1, 0), (1, 1, 1)))
print(list(pm))
show('perm setstate', lambda: permutations('abc').__setstate__(([0, 1, 2], (1, 1, 1))))
show('perm setstate len', lambda: permutations('abc').__setstate__(((0, 1), (1, 1, 1))))
show('perm setstate not tuple', lambda: permutations('abc').__setstate__(5))


class MyProduct(product):
    pass


mp = MyProduct('ab', repeat=2)
print(type(mp).__name__, list(mp), mp.__reduce__()[0].__name__)
print(list(islice(permutations(range(100)), 2)))
