# How many times dict and set operations call __hash__ and __eq__, and in
# which order (the stored key on the left, as CPython compares): stored
# hashes are reused by dict(d), update, fromkeys, set(d), ==, difference.
calls = []
class K:
    def __init__(self, v, h=None): self.v = v; self.h = v if h is None else h
    def __hash__(self): calls.append('h%s' % self.v); return self.h
    def __eq__(self, o): calls.append('e%s' % self.v); return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K%s' % self.v
def run(name, f):
    del calls[:]
    try: r = f()
    except Exception as e: r = type(e).__name__
    print(name, r, calls)
ks = [K(i, i % 3) for i in range(5)]
d = dict.fromkeys(ks)
run('dict', lambda: dict.fromkeys(ks))
run('dictcomp', lambda: {k: 1 for k in ks})
run('setdefault', lambda: d.setdefault(K(2, 2), 5))
run('setdefault-miss', lambda: dict(d).setdefault(K(9, 0), 5))
run('get', lambda: d.get(K(4, 1)))
run('in', lambda: K(4, 1) in d)
run('pop', lambda: dict(d).pop(K(4, 1)))
run('set(d)', lambda: len(set(d)))
run('set(keys)', lambda: len(set(d.keys())))
run('frozenset(d)', lambda: len(frozenset(d)))
run('set(list)', lambda: len(set(ks)))
run('dict(d)', lambda: len(dict(d)))
run('d.copy', lambda: len(d.copy()))
run('update', lambda: dict(d).update(d))
run('update-pairs', lambda: dict(d).update([(k, 1) for k in ks]))
run('dict|', lambda: len(d | d))
run('keys&', lambda: len(d.keys() & ks))
run('keys|', lambda: len(d.keys() | ks))
run('keys-', lambda: len(d.keys() - ks))
run('keys^', lambda: len(d.keys() ^ set(ks)))
s = set(ks)
run('set&set', lambda: len(s & s.copy()))
run('set.union', lambda: len(s.union(ks)))
run('set.isdisjoint', lambda: s.isdisjoint(ks))
run('set.issubset', lambda: s.issubset(ks))
run('set.difference(d)', lambda: len(s.difference(d)))
run('set.sdiff(d)', lambda: len(s.symmetric_difference(d)))
run('set.intersection(d)', lambda: len(s.intersection(d)))
run('fromkeys(d)', lambda: len(dict.fromkeys(d)))
run('fromkeys(s)', lambda: len(dict.fromkeys(s)))
run('dict(zip)', lambda: len(dict(zip(ks, ks))))
run('del', lambda: dict(d).__delitem__(K(3,0)))
run('popitem', lambda: dict(d).popitem())
run('d==d', lambda: d == dict(d))
run('keys==set', lambda: d.keys() == s)
run('in keys', lambda: K(4,1) in d.keys())
run('items in', lambda: (K(4,1), None) in d.items())
run('list.index', lambda: ks.index(K(3,0)))
run('list.count', lambda: ks.count(K(3,0)))
run('list.remove', lambda: list(ks).remove(K(3,0)))
run('in list', lambda: K(3,0) in ks)
run('in tuple', lambda: K(3,0) in tuple(ks))
run('tuple==', lambda: tuple(ks) == tuple(ks[:4]+[K(4)]))
run('list==', lambda: ks == ks[:4]+[K(4)])
