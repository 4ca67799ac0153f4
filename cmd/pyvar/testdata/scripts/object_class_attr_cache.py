class A:
    x = 1
    def f(self): return 'A.f'
class B(A): pass
b = B()
print(b.x, b.f())
A.x = 2; print(b.x)
B.x = 3; print(b.x)
del B.x; print(b.x)
A.f = lambda self: 'new'; print(b.f())
def g(self): return 'g'
B.f = g; print(b.f())
b.f = lambda: 'inst'; print(b.f())
del b.f; print(b.f())
A.__repr__ = lambda self: 'REPR'; print(repr(b), b)
A.__eq__ = lambda self, o: True; print(b == 1)
A.__len__ = lambda self: 7; print(len(b))
class P:
    @property
    def v(self): return 'prop'
p = P(); p.__dict__['v'] = 'dict'; print(p.v)
P.v = 'plain'; print(p.v)
