class A:
    def who(self): return "A"
    @classmethod
    def cm(cls): return f"A.cm({cls.__name__})"
    @staticmethod
    def sm(): return "A.sm"
    def __init__(self): self.init = ["A"]
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cm(cls): return "B>" + super().cm()
    def __init__(self):
        super().__init__()
        self.init.append("B")
class C(A):
    def who(self): return "C>" + super().who()
    def __init__(self):
        super().__init__()
        self.init.append("C")
class D(B, C):
    def who(self): return "D>" + super().who()
    def __init__(self):
        super().__init__()
        self.init.append("D")
d = D()
print(d.who(), D.cm(), d.init, [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(super(B, d).who(), super(C, d).who(), super(D, D).cm(), super(B, D).sm())
print(super(D, d).__self__ is d, super(D, d).__thisclass__.__name__)
class E(A):
    def who(self):
        return __class__.__name__, super(__class__, self).who()
print(E().who())
def no_class():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError", e)
no_class()
class F(A):
    def m(self):
        def inner():
            return super().who()
        try:
            return inner()
        except RuntimeError as e:
            return f"RuntimeError {e}"
    def lam(self):
        return (lambda: super().who)
print(F().m())
try:
    print(F().lam()())
except RuntimeError as e:
    print("RuntimeError", e)
class G:
    def m(self):
        del self
        try:
            super().m()
        except RuntimeError as e:
            print("RuntimeError", e)
G().m()
try:
    super(int, "x")
except TypeError as e:
    print("TypeError", e)
print(repr(super(B, d))[:30])
class P:
    @property
    def val(self): return "P.val"
class Q(P):
    @property
    def val(self): return "Q>" + super().val
print(Q().val)
class N(object):
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
    def __init__(self, *a): pass
print(N(1, 2).args)
try:
    object.__new__(N, 1)
    print("ok new with args")
except TypeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
class Init:
    pass
try:
    Init(1)
except TypeError as e:
    print(e)
class S(str):
    def upper(self): return "S:" + super().upper()
print(S("abc").upper(), isinstance(S("x"), str), S("q") + "r", type(S("q") + "r").__name__)
class LL(list):
    def append(self, x): super().append(x * 2)
l = LL([1]); l.append(5); print(l, len(l), type(l).__name__)
class DD(dict):
    def __missing__(self, k): return k * 2
print(DD()["ab"], DD(a=1).get("zz"))
class Mixed(int):
    pass
print(Mixed(5) + 1, type(Mixed(5) + 1).__name__, repr(Mixed(7)))
try:
    class Bad(A, A): pass
except TypeError as e:
    print(e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
