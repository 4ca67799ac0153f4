# _collections.defaultdict, _count_elements and _tuplegetter: CPython's
# test_defaultdict and the helpers Counter and namedtuple use.
from _collections import defaultdict, _count_elements, _tuplegetter
import _collections


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


d1 = defaultdict()
print(d1.default_factory, d1)
d1.default_factory = list
d1[12].append(42)
print(d1)
d1[12].append(24)
print(d1)
d1[13]
d1[14]
print(d1)
print(d1[12] is not d1[13] is not d1[14])
d2 = defaultdict(list, foo=1, bar=2)
print(d2.default_factory == list, d2, d2['foo'], d2['bar'], d2[42], 'foo' in d2, 42 in d2, 43 in d2)
print(12 in d1, d1.get(15), 15 in d1, sorted(map(str, d2.keys())))
d1.default_factory = None
show('missing none', lambda: d1[15])
show('bad factory', lambda: defaultdict(1))
show('bad factory kw', lambda: defaultdict(default_factory=list))
print(defaultdict(None, {1: 2}), defaultdict(None, [(1, 2)], x=3), defaultdict(int, {}, a=1))

# __missing__
d = defaultdict()
show('missing call', lambda: d.__missing__(42))
d.default_factory = list
print(d.__missing__(42), d)
show('missing noarg', lambda: d.__missing__())
d = defaultdict(lambda: 'computed')
print(d.get('x'), 'x' in d, d.setdefault('y', 5), d['z'], d)
print(d.pop('z'), d.__getitem__('q'), sorted(d))

# repr
d1 = defaultdict()
print(repr(d1))
d1[11] = 41
print(repr(d1))
d2 = defaultdict(int)
print(repr(d2))
d2[12] = 42
print(repr(d2))


def foo():
    return 43


d3 = defaultdict(foo)
print(d3.default_factory is foo)
d3[13]
print(repr(d3).startswith("defaultdict(<function foo at 0x"), repr(d3).endswith(">, {13: 43})"))


class sub(defaultdict):
    def __init__(self):
        self.default_factory = self._factory

    def _factory(self):
        return []


d = sub()
print(repr(d).startswith("sub(<bound method sub._factory of sub(..., {}))"), d[1], d)


class Sub2(defaultdict):
    pass


d = Sub2(list, a=1)
d['b'].append(1)
print(d, type(d.copy()).__name__, d.copy(), isinstance(d, dict), isinstance(d, defaultdict))
d.x = 5
print(d.x, d.__dict__)
show('attr on defaultdict', lambda: setattr(defaultdict(), 'x', 1))
show('no dict', lambda: defaultdict().__dict__)
d = defaultdict()
d[1] = d
print(d)
d = defaultdict(list)
d.default_factory = d
print(d)

# copy
d1 = defaultdict()
d2 = d1.copy()
print(type(d2).__name__, d2.default_factory, d2)
d1.default_factory = list
d3 = d1.copy()
print(d3.default_factory is list, d3)
d1[42]
d4 = d1.copy()
print(type(d4).__name__, d4.default_factory is list, d4)
d4[12]
print(d4, d1)
d = defaultdict(list, {1: [1]})
e = d.__copy__()
print(e, e[1] is d[1], e is not d)
show('copy arg', lambda: d.copy(1))

# reduce
d = defaultdict(list, {'a': 1})
rv = d.__reduce__()
print(rv[0].__name__, rv[1], rv[2], rv[3], list(rv[4]))
print(defaultdict().__reduce__()[1], Sub2(int).__reduce__()[0].__name__)

# or
i = defaultdict(int, {1: 1, 2: 1})
s = defaultdict(str, {0: 'zero', 1: 'one'})
i_s = i | s
print(i_s.default_factory is int, i_s, list(i_s))
s_i = s | i
print(s_i.default_factory is str, s_i)
i_ds = i | dict(s)
print(i_ds.default_factory is int, i_ds)
ds_i = dict(s) | i
print(type(ds_i).__name__, ds_i.default_factory is int, ds_i)
show('or list', lambda: i | list(s.items()))
show('ror list', lambda: list(s.items()) | i)
i |= list(s.items())
print(i)
i |= {9: 'nine'}
print(i)
print(type(i).__name__)

# equality, misc
print(defaultdict(int, a=1) == {'a': 1}, {'a': 1} == defaultdict(list, a=1), defaultdict(int) != {})
show('hash', lambda: hash(defaultdict()))
print(defaultdict[int], defaultdict[str, int])
print(defaultdict.__name__, defaultdict.__module__, repr(defaultdict), defaultdict.__mro__[1].__name__)
print(repr(defaultdict.default_factory))
d = defaultdict(list)
for w in 'the cat sat on the mat'.split():
    d[len(w)].append(w)
print(sorted(d.items()), len(d), list(d.keys()), list(d.values()))
d = defaultdict(int)
for c in 'mississippi':
    d[c] += 1
print(d, sorted(d.items()))
d = defaultdict(set)
d['a'].add(1)
d['a'].add(1)
print(d, dict(d), {**d})
del d['a']
show('del missing', lambda: d.__delitem__('zz'))
print(d, len(d))

# a factory that raises, and the recursion limit
d = defaultdict(lambda: 1 / 0)
show('factory raises', lambda: d['x'])
print(len(d))


def rec():
    return rd[len(rd) + 1]


rd = defaultdict(rec)
show('recursive factory', lambda: rd[0])

# _count_elements
c = {}
_count_elements(c, 'abracadabra')
print(c)
_count_elements(c, 'aaz')
print(c)


class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


m = MyDict()
_count_elements(m, 'aab')
print(m)


class Mapping:
    def __init__(self):
        self.d = {}

    def get(self, k, default):
        return self.d.get(k, default)

    def __setitem__(self, k, v):
        self.d[k] = v


mp = Mapping()
_count_elements(mp, [1, 1, 2])
print(mp.d)
dd = defaultdict(int)
_count_elements(dd, 'hello')
print(dd)
show('count bad iter', lambda: _count_elements({}, 1))
show('count no get', lambda: _count_elements(5, 'ab'))
show('count args', lambda: _count_elements({}))
show('count kw', lambda: _count_elements({}, iterable='a'))
show('count unhashable', lambda: _count_elements({}, [[1]]))
c = {'a': 'x'}
show('count add error', lambda: _count_elements(c, 'a'))

# _tuplegetter


class Point(tuple):
    __slots__ = ()
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'Alias for field number 1')


p = Point((3, 4))
print(p.x, p.y, Point.x, Point.x.__doc__, type(Point.x).__name__)
show('set field', lambda: setattr(p, 'x', 5))
show('del field', lambda: delattr(p, 'x'))
show('short tuple', lambda: Point((1,)).y)
tg = _tuplegetter(1, 'doc')
print(tg.__get__((1, 2)), tg.__get__((1, 2), tuple), tg.__get__(None, tuple) is tg, tg.__reduce__(), repr(tg))
show('get list', lambda: tg.__get__([1, 2]))
show('get none none', lambda: tg.__get__(None))
show('set', lambda: tg.__set__((1, 2), 3))
show('new args', lambda: _tuplegetter(1))
show('new str', lambda: _tuplegetter('a', 1))
show('new kw', lambda: _tuplegetter(1, doc=''))
tg.__doc__ = 'new doc'
print(tg.__doc__, repr(tg), _tuplegetter(-1, None).__get__((1, 2, 3)) if False else 'skip')
show('negative index', lambda: _tuplegetter(-1, None).__get__((1, 2, 3)))
show('subclass', lambda: type('T', (_tuplegetter,), {}))
print(sorted(n for n in dir(_collections) if not n.startswith('__') and n != 'OrderedDict'))
