# Instance attributes kept as values along the class's shared keys (PEP 412
# style) must behave exactly like a __dict__ to Python code.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

a = P(1, 2)
b = P(3, 4)
print(vars(a), vars(b))
b.z = 5
print(vars(b), a.__dict__)
print(hasattr(a, 'z'), getattr(a, 'z', 'no z'))

# an attribute set out of the class's order keeps the instance's own order
c = P.__new__(P)
c.y = 10
c.x = 20
print(vars(c), c.x, c.y)

d = P.__new__(P)
d.z = 1
d.x = 2
print(vars(d))

# __dict__ identity and mutation seen both ways
e = P(5, 6)
dd = e.__dict__
e.w = 7
print(dd, dd is e.__dict__)
dd['x'] = 50
del dd['y']
print(e.x, hasattr(e, 'y'), vars(e))
e.y = 60
print(dd)

# delete
f = P(1, 2)
del f.x
print(vars(f))
try:
    del f.x
except AttributeError as exc:
    print('AttributeError', exc)
try:
    f.x
except AttributeError as exc:
    print('AttributeError', exc)
f.x = 3
print(vars(f), f.x)

# __dict__ assignment
g = P(1, 2)
g.__dict__ = {'q': 9}
print(vars(g), hasattr(g, 'x'), g.q)
g.r = 1
print(g.__dict__)
try:
    g.__dict__ = 5
except TypeError as exc:
    print('TypeError', exc)

# __class__ assignment keeps the attributes
class Q:
    def __init__(self):
        self.y = 'qy'
        self.k = 'qk'
    def show(self):
        return 'Q.show', self.x, self.y

h = P(1, 2)
h.__class__ = Q
print(type(h).__name__, vars(h), h.show())
h.k = 3
q = Q()
print(vars(h), vars(q))

# many attributes (beyond the shared keys' capacity)
class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, 'a%d' % i, i)
print(len(vars(m)), m.a0, m.a39, list(vars(m))[:3], list(vars(m))[-2:])
m2 = Many()
m2.a5 = 5
m2.zz = 1
print(vars(m2))

# names built at run time (not interned) find the same attribute
n = P(1, 2)
name = ''.join(['x'])
print(getattr(n, name), getattr(n, 'y' + ''))
setattr(n, ''.join(['n', 'ew']), 'v')
print(n.new, vars(n))

# instance attributes shadow methods and class attributes
class R:
    k = 'class'
    def m(self):
        return 'method'
r = R()
print(r.k, r.m())
r.k = 'inst'
r.m = lambda: 'inst method'
print(r.k, r.m(), R.k)
del r.m
print(r.m())

# copy protocol through __reduce_ex__ and __getstate__-less state
s = P(7, 8)
red = s.__reduce_ex__(2)
print(red[0].__name__, red[1][0] is P, red[2])
t = object.__new__(P)
t.__dict__.update(red[2])
print(vars(t))

# equality, repr of the dict, len, iteration order after updates
u = P(1, 2)
u.x = 10
u.c = 3
print(list(u.__dict__.items()))
print(u.__dict__ == {'x': 10, 'y': 2, 'c': 3})

# slots beside a dict
class S:
    __slots__ = ('a', '__dict__')
s2 = S()
s2.a = 1
s2.b = 2
print(s2.a, vars(s2))

class NoDict:
    __slots__ = ('a',)
nd = NoDict()
nd.a = 1
try:
    nd.b = 2
except AttributeError as exc:
    print('AttributeError', exc)

# a subclass of a built-in type with attributes
class L(list):
    pass
lst = L([1, 2])
lst.tag = 'T'
print(lst, lst.tag, vars(lst))

# a descriptor added later wins over the values
class V:
    def __init__(self):
        self.p = 1
v = V()
print(v.p)
V.p = property(lambda self: 'prop')
print(v.p, vars(v))
del V.p
print(v.p)
