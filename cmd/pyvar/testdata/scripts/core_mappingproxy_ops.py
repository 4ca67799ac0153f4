# mappingproxy's | (the operation of the underlying mappings), its refusal
# of |=, reversed(), and mappingproxy[...] as a generic alias.
mappingproxy = type(type.__dict__)

m = mappingproxy({'a': 0, 'b': 1, 'c': 2})
print(m | {'c': 3, 'p': 0}, {'c': 3, 'p': 0} | m, m | m)
print(type(m | {}).__name__, m)
for f in [lambda: m | [('r', 2)], lambda: [('r', 2)] | m, lambda: m | 1,
          lambda: m.__or__(1), lambda: m.__ror__({1: 2}), lambda: m.__or__({1: 2})]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
try:
    m |= {'x': 1}
except TypeError as e:
    print("TypeError:", e)
print(m)

d = {'a': 1, 'b': 2, 'foo': 0, 'c': 3}
mp = mappingproxy(d)
del d['foo']
r = reversed(mp)
print(list(r), list(r), list(reversed(mappingproxy({}))))

class Ordered:
    def __getitem__(self, k): return k
    def keys(self): return ['x', 'y']
    def __iter__(self): return iter(['x', 'y'])
    def __reversed__(self): return iter(['reversed'])
print(list(reversed(mappingproxy(Ordered()))))
try:
    reversed(mappingproxy(type('M', (), {'__getitem__': lambda s, k: k, 'keys': lambda s: []})()))
except Exception as e:
    print(type(e).__name__, e)

print(mappingproxy[str, int], sorted(set(dir(m)) - set(dir(object()))))
