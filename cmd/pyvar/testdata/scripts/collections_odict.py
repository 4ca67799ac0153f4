# _collections.OrderedDict: CPython's test_ordered_dict (the tests that
# need no other module), on the native class directly.
from _collections import OrderedDict


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


pairs = [('c', 1), ('b', 2), ('a', 3), ('d', 4), ('e', 5), ('f', 6)]
show('init 2 args', lambda: OrderedDict([('a', 1), ('b', 2)], None))
print(sorted(OrderedDict(dict(pairs)).items()) == sorted(pairs), list(OrderedDict(**dict(pairs)).items()) == pairs)
print(list(OrderedDict(pairs).items()), list(OrderedDict([('a', 1), ('b', 2), ('c', 9), ('d', 4)], c=3, e=5).items()))
print(list(OrderedDict(self=42).items()), list(OrderedDict(other=42).items()))
show('init 3 pairs', lambda: OrderedDict(42))
show('init bad pair', lambda: OrderedDict([(1, 2, 3)]))
show('init short pair', lambda: OrderedDict([(1,)]))
od = OrderedDict([('a', 1), ('b', 2)])
od.__init__([('e', 5), ('f', 6)], g=7, d=4)
print(list(od.items()))

# update
show('update none', lambda: OrderedDict().update([('a', 1), ('b', 2)], None))
od = OrderedDict()
od.update(dict(pairs))
print(sorted(od.items()) == sorted(pairs))
od = OrderedDict()
od.update(**dict(pairs))
print(list(od.items()) == pairs)
od = OrderedDict()
od.update(pairs)
print(list(od.items()) == pairs)
od = OrderedDict()
od.update([('a', 1), ('b', 2), ('c', 9), ('d', 4)], c=3, e=5)
print(list(od.items()))
show('update unbound', lambda: OrderedDict.update())
show('update 42', lambda: OrderedDict().update(42))
show('update 2', lambda: OrderedDict().update((), ()))
show('update dict', lambda: OrderedDict.update(od, {'z': 0}) or od)
od = OrderedDict()
od.update(self=23)
od.update(other={})
od.update(red=5, blue=6, other=7, self=8)
print(sorted(od.items()))


class Keys:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, k):
        return k * 3


class Items:
    def items(self):
        return [('i', 1)]


print(OrderedDict(Keys()), OrderedDict(Items()))

# fromkeys, abc-free checks
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('abc', value=0), OrderedDict.fromkeys([]))
show('fromkeys none', lambda: OrderedDict.fromkeys())
print(isinstance(OrderedDict(), dict), issubclass(OrderedDict, dict))

# clear, delitem, setitem
od = OrderedDict(pairs)
print(len(od))
od.clear()
print(len(od), od)
od = OrderedDict(pairs)
del od['a']
print('a' in od, list(od.items()))
show('del missing', lambda: od.__delitem__('a'))
od = OrderedDict([('d', 1), ('b', 2), ('c', 3), ('a', 4), ('e', 5)])
od['c'] = 10
od['f'] = 20
print(list(od.items()))

# iterators
shuffled = [('b', 2), ('f', 6), ('e', 5), ('a', 3), ('d', 4), ('c', 1)]
od = OrderedDict(shuffled)
print(list(od), [t[0] for t in shuffled] == list(od), list(od.keys()), list(od.values()), list(od.items()))
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
od = OrderedDict()
print(list(od), list(od.values()), list(reversed(od)), list(reversed(od.items())))
print(type(iter(od)).__name__, type(reversed(od)).__name__, type(od.keys()).__name__, type(od.values()).__name__,
      [c.__name__ for c in type(od.items()).__mro__])

# mutation during iteration
od = OrderedDict(pairs)
it = iter(od)
next(it)
del od['e']
show('deleted', lambda: next(it))
show('deleted again', lambda: next(it))
od = OrderedDict(pairs)
it = iter(od)
next(it)
od['zz'] = 1
show('added', lambda: next(it))
od = OrderedDict(pairs)
it = iter(od)
next(it)
od.move_to_end('a')
show('moved', lambda: next(it))
od = OrderedDict(pairs)
it = iter(od.values())
next(it)
od['b'] = 99
print(list(it))
od = OrderedDict(a=1)
it = iter(od)
next(it)
od['new'] = 2
print(list(it))

# popitem, pop
od = OrderedDict(pairs)
while od:
    print(od.popitem(), end=' ')
print()
show('popitem empty', lambda: od.popitem())
od = OrderedDict(pairs)
while od:
    print(od.popitem(last=False), end=' ')
print()
od = OrderedDict(pairs)
print(od.popitem(False), od.popitem(True), od.popitem(0), od)
show('popitem 2', lambda: od.popitem(1, 2))
od = OrderedDict(pairs)
print(od.pop('a'), od.pop('zz', 'dflt'), od.pop(key='b'), od.pop('q', default=None), od)
show('pop missing', lambda: od.pop('a'))
show('pop none', lambda: od.pop())
od = OrderedDict()
for i in range(200):
    od[i] = i
for i in range(150):
    od.popitem(last=False)
print(list(od)[:5], len(od))

# equality
od1 = OrderedDict(pairs)
od2 = OrderedDict(pairs)
print(od1 == od2, od1 != od2)
od2 = OrderedDict(reversed(pairs))
print(od1 == od2, od1 != od2, od1 == dict(od2), dict(od2) == od1, od1 == list(od1.items()))
print(OrderedDict(a=1) == OrderedDict(a=1.0), OrderedDict(a=1) != OrderedDict(a=2))
show('lt', lambda: OrderedDict() < OrderedDict())

# copy and reduce
od = OrderedDict(pairs)
od.x = ['x']
od.z = ['z']
c = od.copy()
print(type(c).__name__, c == od, list(c.items()) == list(od.items()), c is not od, hasattr(c, 'x'))
rv = od.__reduce__()
print(rv[0].__name__, rv[1], rv[2], rv[3], list(rv[4]))
print(OrderedDict().__reduce__()[:4])
print(od.__dict__)

# repr
od = OrderedDict([('c', 1), ('b', 2), ('a', 3), ('d', 4), ('e', 5), ('f', 6)])
print(repr(od), eval(repr(od)) == od, repr(OrderedDict()))
od = OrderedDict.fromkeys('abc')
od['x'] = od
print(repr(od))
od = OrderedDict.fromkeys('ab')
od['v'] = od.values()
print(repr(od.keys()), repr(od.items())[:40])

# setdefault
od = OrderedDict(pairs)
pair_order = list(od.items())
print(od.setdefault('a', 10), list(od.items()) == pair_order, od.setdefault('x', 10), list(od.items())[-1],
      OrderedDict().setdefault('x'), od.setdefault(key='y', default=1))

# reinsert, move_to_end
od = OrderedDict()
od['a'] = 1
od['b'] = 2
od['a'] = 3
print(list(od.items()))
od = OrderedDict.fromkeys('abcde')
print(list(od))
od.move_to_end('c')
print(list(od))
od.move_to_end('c')
print(list(od))
od.move_to_end('b')
print(list(od))
od.move_to_end('d', False)
print(list(od))
od.move_to_end('d', last=False)
print(list(od))
od.move_to_end('e', 0)
print(list(od))
show('move missing', lambda: od.move_to_end('x'))
show('move missing front', lambda: od.move_to_end('x', False))
show('move none', lambda: od.move_to_end())
od = OrderedDict()
od['a'] = od['b'] = None
od.move_to_end('a')
print(list(od))
od.move_to_end('b', last=False)
print(list(od), dict(od), {**od}, list(dict(od)))

# views
od = OrderedDict.fromkeys('lorem ipsum dolor sit amet'.split())
print(list(od.keys()) == list(od), len(od.values()), 'sit' in od.keys(), ('sit', None) in od.items(),
      od.keys() & {'sit', 'x'}, sorted(od.keys() | {'z'}), od.keys() == set(od), od.items() - {('sit', None)} == set(od.items()) - {('sit', None)})
print(repr(od.keys()), repr(OrderedDict().values()))

# or
a = OrderedDict(a=0, b=None, c=None)
b = OrderedDict(a=1, c=3, d=4)
print(a | b, b | a, a | dict(b), dict(b) | a)
a |= b
print(a, type(dict(b) | a).__name__)
a |= [('x', 1)]
print(a)
show('or list', lambda: a | [('q', 1)])
show('ror list', lambda: [('q', 1)] | a)

# subclasses


class MyOD(OrderedDict):
    def __setitem__(self, k, v):
        print('  set', k, v)
        OrderedDict.__setitem__(self, k, v)

    def __getitem__(self, k):
        print('  get', k)
        return OrderedDict.__getitem__(self, k)

    def __delitem__(self, k):
        print('  del', k)
        OrderedDict.__delitem__(self, k)


m = MyOD([('a', 1), ('b', 2)])
print(m.pop('a'), m.popitem(), m)
m = MyOD(a=1)
print(m.setdefault('a', 5), m.setdefault('z', 5))
print(m.copy(), type(m | {'q': 0}).__name__)
print(repr(m), m.__reduce__()[0].__name__)
print(OrderedDict.__name__, OrderedDict.__module__, repr(OrderedDict), OrderedDict[int])
show('hash', lambda: hash(OrderedDict()))
it = iter(OrderedDict(a=1, b=2))
next(it)
print(it.__reduce__()[1], type(it).__name__)
od = OrderedDict(a=1)
for k in od:
    od[k] = 2
print(od)
od = OrderedDict((i, i) for i in range(50))
for i in range(0, 50, 3):
    od.move_to_end(i, last=i % 2 == 0)
print(list(od))
