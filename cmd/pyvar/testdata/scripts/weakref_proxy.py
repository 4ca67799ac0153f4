# weakref proxies forward everything to their referent; dead, they raise
# ReferenceError.
import _weakref as weakref
import gc

class L(list):
    pass

l = L([1, 2, 3])
p = weakref.proxy(l)
print(len(p), p[1], 2 in p, list(p), p + [4], bool(p), p == [1, 2, 3], p != [1])
print(p.__class__, isinstance(p, L), str(p), list(reversed(p)))
p[0] = 10
del p[1]
print(l)
p.attr = 'set through the proxy'
print(l.attr)
del p.attr
print(hasattr(l, 'attr'))
p += [5]
print(type(p).__name__, p)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return ('add', o)
    def __radd__(self, o):
        return ('radd', o)
    def __iadd__(self, o):
        return ('iadd', o)
    def __neg__(self):
        return 'neg'
    def __index__(self):
        return self.v
    def __call__(self, *args, **kw):
        return args, kw
    def __lt__(self, o):
        return 'lt'
    def __pow__(self, o, m=None):
        return ('pow', o, m)
    def __rpow__(self, o):
        return ('rpow', o)

n = Num(3)
q = weakref.proxy(n)
print(q + 1, 1 + q, -q, q < 0, 0 > q, [10, 20, 30, 40][q], q(1, k=2), q ** 2, pow(q, 2, 5), 2 ** q)
print(type(q) is weakref.CallableProxyType, type(p) is weakref.ProxyType)
print(q.v, hex(q))
q2 = q
q2 += 1
print(q2)
try:
    hash(q)
except TypeError as e:
    print(e)
print(weakref.proxy(n) is q, weakref.getweakrefcount(n))

it = L([1, 2])
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
i = It()
pi = weakref.proxy(i)
print(next(pi), next(pi), list(pi))
try:
    next(weakref.proxy(n))
except TypeError as e:
    print(e)

calls = []
dead = weakref.proxy(n, lambda pr: calls.append(pr is dead))
del n, q, q2
gc.collect()
print(calls)
for f in [lambda: dead.v, lambda: str(dead), lambda: len(dead), lambda: bool(dead), lambda: dead == 1,
          lambda: dead + 1, lambda: dead()]:
    try:
        f()
    except ReferenceError as e:
        print('ReferenceError', e)
print(repr(dead).split(' to ')[1].split(' at')[0])
