# types.MappingProxyType over any mapping (enum wraps its member map).
M = type(type.__dict__)
m = M({'a': 1})
print(repr(m), m['a'], len(m), list(m), 'a' in m, m.get('b', 2), m.keys(), str(m), type(m).__name__)
class D:
    def __getitem__(self, k): return k * 2
    def __len__(self): return 3
    def __iter__(self): return iter('xyz')
    def __contains__(self, k): return k == 'x'
    def get(self, k, d=None): return 'got'
    def keys(self): return ['k']
    def __repr__(self): return 'D()'
m2 = M(D())
print(m2['q'], len(m2), list(m2), 'x' in m2, m2.get(1), m2.keys(), repr(m2))
for bad in ([], (), 1):
    try:
        M(bad)
    except TypeError as e:
        print(e)
try:
    m['z'] = 1
except TypeError as e:
    print(e)
