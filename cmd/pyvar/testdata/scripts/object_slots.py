class A:
    __slots__ = ('x', 'y')
a = A(); a.x = 1
print(a.x, A.x, type(A.x).__name__)
try: a.y
except AttributeError as e: print(e)
try: a.z = 1
except AttributeError as e: print(e)
try: a.__dict__
except AttributeError as e: print(e)
class B(A): pass
b = B(); b.z = 3; print(b.z, b.__dict__); b.x = 5; print(b.x)
class C:
    __slots__ = 'v'
    def __init__(self): self.v = 2
print(C().v, C.__slots__)
del a.x
try: del a.x
except AttributeError as e: print(e)
try:
    class D:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print(e)
class E(A):
    __slots__ = ('w', '__dict__')
e = E(); e.w = 1; e.x = 2; e.q = 3; print(e.w, e.x, e.q, e.__dict__)
