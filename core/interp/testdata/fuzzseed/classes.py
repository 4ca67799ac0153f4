class A:
    x = 1
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v})"
    def __eq__(self, o): return isinstance(o, A) and o.v == self.v
    def __hash__(self): return hash(self.v)
    def __add__(self, o): return A(self.v + o.v)
    @property
    def double(self): return self.v * 2
    @classmethod
    def make(cls): return cls(0)
    @staticmethod
    def st(): return "st"
class B(A):
    def __init__(self, v):
        super().__init__(v)
        self.w = 1
    def __getattr__(self, name): return name
print(A(1) + A(2), B(3).double, B.make(), A.st(), {A(1), A(1)}, B(1).zzz, B.__mro__)
class M(type):
    def __call__(cls, *a): return "meta"
class C(metaclass=M): pass
print(C(), isinstance(B(1), A), issubclass(B, (int, A)))
