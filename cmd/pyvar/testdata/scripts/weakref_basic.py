# _weakref: refs, their sharing and order, equality, hashing, callbacks
# and what dies at gc.collect() (where CPython frees by reference count).
import _weakref as weakref
import gc

class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'C(%d)' % self.n
    def __eq__(self, other):
        return isinstance(other, C) and self.n == other.n
    def __hash__(self):
        return hash(self.n)

c = C(1)
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1 is r2, r1() is c, weakref.getweakrefcount(c))
r3 = weakref.ref(c, lambda r: print('callback 3', r is r3, r()))
r4 = weakref.ref(c, lambda r: print('callback 4'))
p = weakref.proxy(c)
print(p is weakref.proxy(c), r3 is not r4)

class R(weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, callback, key):
        self = weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

r5 = R(c, lambda r: print('callback R', r.key, type(r).__name__), 'k5')
refs = weakref.getweakrefs(c)
print([type(x) is weakref.ref for x in refs], type(refs[1]) is weakref.ProxyType, weakref.getweakrefcount(c))
print([x is r1 for x in refs], [x is r5 for x in refs], [x is r4 for x in refs])
print(r1 == r2, r1 == r3, r1 != r3, hash(r1) == hash(c), hash(r5) == hash(1))
print(r3.__callback__ is not None, r1.__callback__, r5.key, r5() is c)
t1, t2 = C(1), C(1)
print(weakref.ref(t1) == weakref.ref(t2), weakref.ref(t1) == weakref.ref(C(2)))
del t1, t2
print(r1 == 1, r1 != 1, r1.__eq__(1), r1.__lt__(r2))
print(repr(r1).split(' at ')[0], repr(r1).split('; ')[1].split(' at')[0])

del c
gc.collect()
print('after collect', r1(), r2(), r3(), r5(), r3.__callback__, r1 == r2, r1 == r3, r1 == r1)
print(repr(r1).split('; ')[1], hash(r1) == hash(1))
try:
    hash(r4)
except TypeError as e:
    print('TypeError', e)
try:
    p.n
except ReferenceError as e:
    print('ReferenceError', e)
print(weakref.getweakrefs(r1), weakref.getweakrefcount(1), weakref.getweakrefs(1))

# A reference that dies before its referent never calls back.
d = C(2)
keep = weakref.ref(d, lambda r: print('kept callback runs'))
lost = weakref.ref(d, lambda r: print('lost callback runs'))
del lost
gc.collect()
del d
gc.collect()
print(keep())

# Exceptions in callbacks are unraisable: printed, then the program goes on.
e = C(3)
bad = weakref.ref(e, lambda r: 1 / 0)
del e
gc.collect()
print('still running')

# _remove_dead_weakref
live = C(4)
dd = {'dead': weakref.ref(C(5)), 'live': weakref.ref(live)}
gc.collect()
weakref._remove_dead_weakref(dd, 'dead')
weakref._remove_dead_weakref(dd, 'live')
weakref._remove_dead_weakref(dd, 'missing')
print(sorted(dd))

# What weak references accept, as CPython 3.10 says.
def f():
    yield 1
class Slotted:
    __slots__ = ('a',)
class SlottedW:
    __slots__ = ('a', '__weakref__')
class I(int): pass
class T(tuple): pass
class S(str): pass
class L(list): pass
class E(Exception): pass
for v in [1, 'x', (), [], {}, None, 1.5, b'', True, set(), frozenset(), C, C(6), f, f(), f.__code__, gc, len,
          [].append, C(7).__repr__, Slotted(), SlottedW(), I(1), T(), S('s'), L(), E(), Exception(), object(),
          range(1), lambda: 0]:
    try:
        weakref.ref(v)
        print('ok', type(v).__name__)
    except TypeError as e:
        print(e)
try:
    class Bad(int):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)

for call in [lambda: weakref.ref(), lambda: weakref.ref(C, None, 1), lambda: weakref.ref(C, callback=None),
             lambda: r1(1), lambda: weakref.proxy(), lambda: weakref.getweakrefcount(), lambda: r1 < r2]:
    try:
        call()
    except TypeError as e:
        print(e)

# Temporaries of calls in outer frames do not keep referents alive either.
def collect_in_callee():
    gc.collect()

def outer():
    r = weakref.ref(C(8))
    collect_in_callee()
    return r()

print('temporary in an outer frame', outer())
