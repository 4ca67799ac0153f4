# weakref.py's containers over _weakref: entries go when their referents
# die (gc.collect() where CPython frees by reference count).
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'C(%d)' % self.n


# WeakValueDictionary
d = weakref.WeakValueDictionary()
a, b, c = C(1), C(2), C(3)
d['a'], d['b'], d['c'] = a, b, c
print(sorted(d), len(d), d['b'], d.get('x'), 'a' in d)
del a
gc.collect()
print(sorted(d), len(d), 'a' in d)
print(sorted(d.items(), key=lambda kv: kv[0]), sorted(v.n for v in d.values()))
for k, v in list(d.items()):
    pass
del k, v, b
gc.collect()
print(sorted(d))
print(d.setdefault('z', c) is c, d.pop('z') is c, len(d))
print(sorted(weakref.WeakValueDictionary({'x': c, 'y': c})))
print([type(r).__name__ for r in d.valuerefs()], d.valuerefs()[0]() is c)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)

# WeakKeyDictionary
k = weakref.WeakKeyDictionary()
x, y = C(4), C(5)
k[x] = 'x'
k[y] = 'y'
print(len(k), k[x], x in k, sorted(k.values()))
del x
gc.collect()
print(len(k), list(k.values()), [ref() for ref in k.keyrefs()])
k.update({C(6): 'temporary'})
gc.collect()
print(len(k))

# WeakSet
s = weakref.WeakSet([c, y])
print(len(s), c in s, C(7) in s)
t = weakref.WeakSet([c])
print(t <= s, s >= t, t.issubset(s), s == weakref.WeakSet([y, c]))
del y
gc.collect()
print(len(s), list(s), sorted((s | weakref.WeakSet([c])), key=lambda o: o.n))
s.add(C(8))
gc.collect()
print(len(s))
s.discard(c)
print(len(s), repr(type(s)))

# Iterating while referents die does not break the iteration.
objs = [C(i) for i in range(10)]
ws = weakref.WeakSet(objs)
seen = 0
for o in ws:
    seen += 1
    if seen == 1:
        del objs[5:]
        gc.collect()
del o
gc.collect()
print(seen >= 5, len(ws))
