# super in various contexts
class A:
    def __init__(self): self.a = "A"
    def hello(self): return "A.hello"
    @classmethod
    def create(cls): return cls()
    @staticmethod
    def st(): return "A.st"
    @property
    def prop(self): return "A.prop"
    def __repr__(self): return f"<{type(self).__name__}>"
class B(A):
    def __init__(self):
        super().__init__()
        self.b = "B"
    def hello(self): return "B>" + super().hello()
    @classmethod
    def create(cls):
        inst = super().create()
        inst.created_by = cls.__name__
        return inst
    @staticmethod
    def st(): return "B>" + super(B, B).st()
    @property
    def prop(self): return "B>" + super().prop
    def __repr__(self): return "B" + super().__repr__()
b = B.create()
print(b.a, b.b, b.created_by, b.hello(), B.st(), b.prop, repr(b))
# super with explicit args in a function outside the class
def outside(self): return super(B, self).hello()
print(outside(b))
# super() in a nested class method
class Outer:
    class Inner(A):
        def hello(self): return "Inner>" + super().hello()
print(Outer.Inner().hello())
# super() through generator method
class G(A):
    def gen(self):
        yield super().hello()
print(list(G().gen()))
# super() in lambda inside method raises? no - lambda has no __class__ cell unless referenced
class L(A):
    def m(self):
        return (lambda: super(L, self).hello())()
print(L().m())
# unbound super and __get__
sup = super(B)
print(type(sup).__name__, sup.__thisclass__.__name__, sup.__self__)
# super attribute errors
try:
    super(B, b).nonexistent
except AttributeError as e:
    print(e)
# super().__init_subclass__ and __class__ cell in classmethod
class Reg:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.subs.append(cls.__name__)
class R1(Reg): pass
class R2(R1): pass
print(Reg.subs)
# super() with multiple inheritance and cooperative methods returning lists
class Root:
    def chain(self): return ["Root"]
class X(Root):
    def chain(self): return ["X"] + super().chain()
class Y(Root):
    def chain(self): return ["Y"] + super().chain()
class Z(X, Y):
    def chain(self): return ["Z"] + super().chain()
print(Z().chain(), [c.__name__ for c in Z.__mro__])
# super with __getattr__ on class does not route through instance __getattr__
class WithGA(A):
    def __getattr__(self, n): return "instance getattr " + n
    def test(self):
        try:
            return super().missing
        except AttributeError as e:
            return "super AttributeError: " + str(e)
print(WithGA().test())
# super() in __new__ of int subclass
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-5), type(PosInt(-5)).__name__)
# super() first arg must be type
try:
    super(1, b)
except TypeError as e:
    print(e)
try:
    super(A, 1)
except TypeError as e:
    print(e)
