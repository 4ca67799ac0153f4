# itertools: the __reduce__/__setstate__ protocol that copy and pickle
# rely on, rebuilt by hand.
import itertools
from itertools import (accumulate, chain, count, cycle, dropwhile, groupby, islice,
                       repeat, takewhile, tee, zip_longest, starmap, compress, filterfalse)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


def rebuild(it):
    # what copy.copy does with a reduce tuple (callable, args[, state])
    rv = it.__reduce__()
    obj = rv[0](*rv[1])
    if len(rv) > 2 and rv[2] is not None:
        obj.__setstate__(rv[2])
    return obj


def check(label, it, n=2):
    for _ in range(n):
        next(it, None)
    copy = rebuild(it)
    a = list(islice(copy, 10))
    b = list(islice(it, 10))
    print(label, a == b, a)


check('count', count(5))
check('count step', count(1.5, 2))
check('cycle', cycle('abc'), 5)
check('cycle started', cycle('ab'), 1)
check('repeat', repeat('x', 5))
check('accumulate', accumulate([1, 2, 3, 4, 5]))
check('accumulate initial', accumulate([1, 2, 3], initial=10), 0)
check('accumulate func', accumulate([1, 5, 2, 7], max))
check('accumulate none total', accumulate([None, 1, 2], lambda a, b: None), 1)
check('chain', chain('abc', 'de'))
check('chain fresh', chain('abc', 'de'), 0)
check('chain active', chain('abc', 'de'), 4)
check('dropwhile', dropwhile(lambda x: x < 3, range(8)), 1)
check('takewhile', takewhile(lambda x: x < 6, range(8)))
check('islice', islice(range(20), 2, 15, 3))
check('islice none', islice(range(5), 2, None))
check('zip_longest', zip_longest('abcd', 'x', fillvalue='-'))
check('starmap', starmap(pow, [(2, 2), (3, 3), (4, 4)]), 1)
check('compress', compress('abcdef', [1, 0, 1, 1, 0, 1]), 1)
check('filterfalse', filterfalse(None, [0, 1, 0, 2, 3]), 1)

g = groupby('aabbbc')
k, grp = next(g)
print(g.__reduce__()[2], grp.__reduce__()[1][1])
next(g)
print(grp.__reduce__()[0].__name__, grp.__reduce__()[1])
g2 = rebuild(g)
print([(k, list(v)) for k, v in g2], [(k, list(v)) for k, v in g])

a, b = tee('abcdef')
next(a)
print(a.__reduce__()[0].__name__, a.__reduce__()[2][1], type(a.__reduce__()[2][0]).__name__)
a2 = rebuild(a)
print(list(a2), list(a), list(b))
d = tee(range(100))[0].__reduce__()[2][0]
print(type(d).__reduce__(d)[1][1:], len(d.__reduce__()[1]))
data = itertools._tee_dataobject(iter('xyz'), [1, 2], None)
t = itertools._tee(())
t.__setstate__((data, 1))
print(list(t))
show('dataobject too long', lambda: itertools._tee_dataobject(iter(''), list(range(58)), None))
show('dataobject next', lambda: itertools._tee_dataobject(iter(''), [1], data))
show('dataobject values', lambda: itertools._tee_dataobject(iter(''), (1,), None))
show('tee setstate', lambda: t.__setstate__((1, 2)))
show('tee setstate index', lambda: t.__setstate__((data, 99)))
show('tee setstate', lambda: t.__setstate__(5))

# setstate errors
show('cycle setstate', lambda: cycle('a').__setstate__(('a', 1)))
show('cycle setstate n', lambda: cycle('a').__setstate__(([1],)))
show('chain setstate', lambda: chain().__setstate__((iter('a'), 'b')))
show('chain setstate 3', lambda: chain().__setstate__((1, 2, 3)))
show('groupby setstate', lambda: groupby('a').__setstate__((1, 2)))
show('islice setstate', lambda: islice('a', 1).__setstate__(1.5))
c = chain()
c.__setstate__((iter(['ab', 'c']),))
print(list(c))
dw = dropwhile(lambda x: True, 'abc')
dw.__setstate__(1)
print(list(dw))
acc = accumulate([1, 2])
acc.__setstate__(10)
print(list(acc))
z = zip_longest('a', 'bc')
z.__setstate__('*')
print(list(z))

print(next(chain(chain(chain([42])))), list(islice(islice(chain('abc'), 2), 1)))
