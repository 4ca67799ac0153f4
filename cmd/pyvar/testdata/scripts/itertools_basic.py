# itertools: the infinite and the terminating iterators, used directly on
# the native module (no Lib needed).
import itertools
from itertools import (accumulate, chain, compress, count, cycle, dropwhile,
                       filterfalse, groupby, islice, pairwise, repeat, starmap,
                       takewhile, tee, zip_longest)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


def take(n, it):
    return list(islice(it, n))


# count
print(take(5, count()), take(3, count(10)), take(3, count(-2)))
print(take(4, count(1, 2)), take(3, count(1.5, 0.5)), take(3, count(10, -3)))
print(take(3, count(2**64)), take(3, count(1, 2**64)), take(3, count(1j, 1)))
big = count(9223372036854775806)
print(next(big), next(big), next(big), next(big), repr(big))
for c in [count(), count(5), count(-1), count(1.5), count(1, 2), count(1, 1.0), count(1.0, 1),
          count(2**70), count(1, True), count(True), count(0, 0)]:
    print(repr(c), c.__reduce__()[1])
show('count str', lambda: count('a'))
show('count step str', lambda: count(1, 'x'))
show('count kw', lambda: take(3, count(step=3, start=2)))
show('count bad kw', lambda: count(stop=3))
show('count 3 args', lambda: count(1, 2, 3))
c = count(3)
next(c)
print(type(c.__reduce__()[0]), c.__reduce__())

# cycle
print(take(7, cycle('abc')), take(3, cycle([])), take(5, cycle(range(2))))
cy = cycle([1, 2, 3])
print(take(5, cy), cy.__reduce__()[0].__name__)
show('cycle no arg', lambda: cycle())
show('cycle 2 args', lambda: cycle([], []))
show('cycle int', lambda: cycle(5))

# repeat
print(list(repeat('x', 3)), take(4, repeat(None)), list(repeat(1, 0)), list(repeat(1, -3)))
r = repeat(7, 5)
next(r)
print(repr(r), r.__length_hint__(), r.__reduce__(), repr(repeat([1])), repr(repeat('a', times=2)))
show('repeat hint', lambda: repeat(1).__length_hint__())
show('repeat times str', lambda: repeat(1, 'a'))
show('repeat big', lambda: repeat(1, 2**80))
show('repeat kw', lambda: list(repeat(object='o', times=2)))
show('repeat no args', lambda: repeat())

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)))
print(list(accumulate([1, 2], None, initial=None)), list(accumulate(iterable=[4, 5], func=min)))
show('accumulate types', lambda: list(accumulate([1, 'a'])))
show('accumulate 3 pos', lambda: accumulate([1], None, 3))
show('accumulate bad kw', lambda: accumulate([1], foo=3))
show('accumulate none', lambda: accumulate())

# chain
print(list(chain('abc', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(take(5, chain.from_iterable(repeat(range(2)))))
show('chain bad', lambda: list(chain([1], 5)))
show('chain kw', lambda: chain(a=1))
show('from_iterable 0', lambda: chain.from_iterable())
ch = chain([1, 2], [3])
print(next(ch), ch.__reduce__()[0] is chain, len(ch.__reduce__()), list(ch))
print(chain[int], type(chain[int]))

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('ABC', [0, 0, 0])),
      list(compress(data='ABC', selectors=[1, 1])), list(compress(range(10), cycle([0, 1]))))
show('compress missing', lambda: compress('a'))

# dropwhile / takewhile / filterfalse / starmap
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])),
      list(filterfalse(bool, [0, 2])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ['ab', [1]])))
show('starmap non-seq', lambda: list(starmap(pow, [1])))
show('dropwhile kw', lambda: dropwhile(predicate=bool, iterable=[]))
show('takewhile 1', lambda: takewhile(bool))
tw = takewhile(lambda x: x < 2, [1, 2, 1])
print(list(tw), list(tw), tw.__reduce__()[2])
dw = dropwhile(lambda x: x < 2, [1, 2, 1])
print(next(dw), dw.__reduce__()[2])
show('pred raises', lambda: list(filterfalse(lambda x: 1 / x, [1, 0])))

# groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gs = list(groupby('aabbb'))
print([(k, list(g)) for k, g in gs])
g = groupby('aab')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2), type(g1).__name__)
show('groupby cmp', lambda: list(groupby([1, 'a'], key=lambda x: x)))
show('groupby none', lambda: groupby())

# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)),
      list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 10, 20, 3)), list(islice('ab', None)))
print(list(islice(count(), 5, 8)), list(islice([], 3)), list(islice('abc', 10, 20)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 3)), next(it))
show('islice neg', lambda: islice('a', -1))
show('islice start neg', lambda: islice('a', -1, 3))
show('islice step 0', lambda: islice('a', 0, 3, 0))
show('islice str', lambda: islice('a', 'b'))
show('islice float', lambda: islice('a', 1.5))
show('islice kw', lambda: islice('a', stop=1))
show('islice 1 arg', lambda: islice('a'))
sl = islice(range(10), 1, 8, 2)
print(next(sl), sl.__reduce__()[1][1:], sl.__reduce__()[2], list(sl), sl.__reduce__()[1][1:])


class Index:
    def __index__(self):
        return 3


print(list(islice(range(10), Index())), list(islice(range(10), 1, Index())))

# pairwise
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise([])), list(pairwise(range(3))))
show('pairwise 2', lambda: pairwise('a', 'b'))

# zip_longest
print(list(zip_longest('abc', 'de')), list(zip_longest('ab', [1, 2, 3], fillvalue='-')))
print(list(zip_longest()), list(zip_longest('ab')), list(zip_longest([], [])))
show('zip_longest kw', lambda: zip_longest('a', foo=1))
show('zip_longest not iter', lambda: zip_longest('a', 1))
z = zip_longest('ab', 'c', fillvalue=0)
print(next(z), next(z), z.__reduce__()[1:])

# tee
a, b = tee('abc')
print(next(a), next(a), next(b), list(a), list(b))
ts = tee(range(5), 3)
print(len(ts), [list(t) for t in ts], tee([1], 0))
a, b = tee(iter(range(200)))
print(sum(a), sum(b), type(a).__name__)
c = a.__copy__()
a, b = tee([1, 2, 3])
next(a)
c = a.__copy__()
print(list(a), list(c), list(b))
x, y = tee(a)
print(x is a, type(x) is type(a))
show('tee neg', lambda: tee([], -1))
show('tee str', lambda: tee([], 'a'))
show('tee 3', lambda: tee([], 1, 2))
show('tee kw', lambda: tee([], n=2))


class Copyable:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return self.n

    def __copy__(self):
        return Copyable(self.n)


p, q = tee(Copyable(3))
print(type(p).__name__, list(p), list(q))


def reenter():
    it = None

    def gen():
        yield 1
        yield next(it)
    it = tee(gen())[0]
    return list(it)


show('tee reenter', reenter)

# subclasses
class MyChain(chain):
    def extra(self):
        return 'extra'


mc = MyChain('ab', 'c')
print(list(mc), mc.extra(), type(mc.__reduce__()[0]).__name__, isinstance(mc, chain))
print(type(MyChain.from_iterable(['x'])).__name__, list(MyChain.from_iterable(['xy'])))


class MyCount(count):
    pass


print(repr(MyCount(3)), repr(MyCount(1, 2)))


class MyRepeat(repeat):
    def __next__(self):
        return 'over'


print(next(MyRepeat(1)), take(2, MyRepeat(1)))
print(list(MyChain([1], kw_ignored=1)) if False else 'ok')
for name in ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
             'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
             'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'zip_longest',
             '_grouper', '_tee', '_tee_dataobject']:
    t = getattr(itertools, name)
    try:
        class S(t):
            pass
        sub = 'subclassable'
    except TypeError as e:
        sub = str(e)
    print(name, t.__name__, t.__qualname__, t.__module__, repr(t), sub)
print(type(tee), tee.__name__)
print(iter(count()) is not None, hasattr(chain('a'), '__next__'))
