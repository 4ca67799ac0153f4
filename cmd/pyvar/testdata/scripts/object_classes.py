class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @staticmethod
    def s(a):
        return a * 2
    @classmethod
    def c(cls, a):
        return (cls.__name__, a)
    @property
    def p(self):
        return self.v + 100
    @p.setter
    def p(self, val):
        self.v = val - 100
    def __repr__(self):
        return f"A({self.v!r})"

a = A(5)
print(a, repr(a), str(a), a.get(), a.s(3), A.s(4), a.c(1), A.c(2), a.p)
a.p = 150
print(a.v, a.x, A.x, type(a) is A, isinstance(a, A), isinstance(a, object), issubclass(A, object))
print(A.__name__, A.__qualname__, A.__module__, A.__mro__, A.mro(), A.__bases__, A.__base__, A.__doc__)
print(sorted(k for k in A.__dict__ if not k.startswith('__')), type(A.__dict__).__name__)
try:
    A.__dict__['y'] = 1
except TypeError as e:
    print('TypeError', e)
print(a.__dict__, vars(a) if 0 else a.__dict__)
try:
    a.nope
except AttributeError as e:
    print(e)
try:
    A.nope
except AttributeError as e:
    print(e)
print(getattr(a, 'v'), getattr(a, 'q', 'dflt'), hasattr(a, 'v'), hasattr(a, 'q'))
setattr(a, 'q', 7); print(a.q); delattr(a, 'q'); print(hasattr(a, 'q'))
try:
    del a.q
except AttributeError as e:
    print('AttributeError', e)
m = a.get
print(m(), m.__self__ is a, m.__func__ is A.get, A.get(a), type(m).__name__)
print(type(A.__init__).__name__)

class B(A):
    def get(self):
        return super().get() * 10
    def __eq__(self, o):
        return isinstance(o, B) and o.v == self.v
b = B(2)
print(b.get(), B.__mro__, b == B(2), b != B(2), b == 3, B.__hash__)
try:
    hash(b)
except TypeError as e:
    print(e)
print(super(B, b).get())

class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __mul__(self, o): return NotImplemented
    def __lt__(self, o): return self.x < o.x
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __len__(self): return self.x
    def __bool__(self): return self.x != 0
    def __getitem__(self, i):
        if i >= self.x: raise IndexError(i)
        return i * i
    def __contains__(self, i): return i == 42
    def __call__(self, *a, **k): return ('called', a, k)
    def __neg__(self): return V(-self.x)
    def __repr__(self): return 'V(%d)' % self.x
    def __iadd__(self, o):
        self.x += o
        return self
v = V(3)
print(v + 1, 1 + v, v + v, -v, len(v), bool(V(0)), bool(v), v[2], list(v), 42 in v, 3 in v, v(1, k=2))
print(V(1) < V(2), V(2) > V(1), sorted([V(3), V(1), V(2)]), {V(1): 'a'}[V(1)], V(1) == V(1), V(1) != V(2))
try: v * 2
except TypeError as e: print(e)
try: v < 3
except AttributeError as e: print('AttributeError', e)
try: V(1) <= V(2)
except TypeError as e: print(e)
w = v; w += 5; print(w is v, v)
for x in V(3): print(x, end=' ')
print()

class E(Exception):
    pass
class F(E):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
try:
    raise F(1, 2)
except E as e:
    print(type(e).__name__, e.args, str(e), repr(e), e.a, isinstance(e, Exception))
print(repr(E()), str(E('x')), repr(E('x', 2)), E.__mro__)
class G(Exception):
    def __str__(self): return 'custom'
print(str(G(1)), repr(G(1)))
print(KeyError('k'), repr(KeyError('k')), str(StopIteration(3).value), SystemExit(2).code)
class H(Exception):
    def __init__(self, msg):
        self.msg = msg
h = H('m'); print(h.args, str(h), h.msg)

class M(type):
    def __call__(cls, *a):
        print('meta call', cls.__name__, a)
        return super().__call__(*a)
class WithMeta(metaclass=M):
    def __init__(self, x): self.x = x
wm = WithMeta(1); print(type(WithMeta).__name__, wm.x)

class D1: pass
class D2(D1): pass
try:
    class D3(D1, D2): pass
except TypeError as e: print(e)
class X: pass
class Y: pass
class Z(X, Y): pass
print(Z.__mro__)
try: D1(1)
except TypeError as e: print(e)
class Init:
    def __init__(self, x): super().__init__(x)
try: Init(1)
except TypeError as e: print(e)
class Ret:
    def __init__(self): return 1
try: Ret()
except TypeError as e: print(e)
try:
    class Bad(bool): pass
except TypeError as e: print(e)
print(type('T', (), {'a': 1}).a, type(3), type('T', (A,), {})(1).v)

class MyList(list):
    def total(self): return sum(self)
ml = MyList([1, 2, 3]); ml.append(4)
print(ml, ml.total(), len(ml), ml[0], isinstance(ml, list), type(ml).__name__, ml + [5], ml == [1, 2, 3, 4])
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md['a'], md['zz'], md, len(md))
class MyInt(int):
    pass
mi = MyInt(5); print(mi + 1, mi * 2, repr(mi), mi == 5, type(mi).__name__, isinstance(mi, int), hash(mi) == hash(5))
class MyStr(str):
    def shout(self): return self.upper() + '!'
print(MyStr('hi').shout(), MyStr('a') + 'b', len(MyStr('abc')))
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0]); return True
with Ctx() as c:
    raise ValueError('x')
print('after with')
class GA:
    def __getattr__(self, n): return 'ga_' + n
print(GA().foo)
class GAT:
    def __getattribute__(self, n): return 'gat_' + n
print(GAT().bar)
class Slots:
    def __setattr__(self, n, v): print('set', n, v)
Slots().z = 1
class IS:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class ISub(IS, k=1): pass
class Desc:
    def __get__(self, obj, typ): return ('get', obj is None, typ.__name__)
    def __set__(self, obj, v): print('desc set', v)
class UseDesc:
    d = Desc()
u = UseDesc(); print(u.d, UseDesc.d); u.d = 5
print(callable(A), callable(a), callable(v), callable(1))
print(object.__repr__(a)[:10], object().__class__, A.__class__, type(object), type(type))
class CE:
    def __eq__(self, o): return True
print(CE() == 1, CE() != 1, 1 == CE())
class Cmp:
    def __lt__(self, o): return 'lt'
print(Cmp() < 1, 1 > Cmp())
print(isinstance(1, (str, int)), issubclass(bool, int), isinstance(True, int))
