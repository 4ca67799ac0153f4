# Reflected operators: a shared inherited __radd__ is still tried (SLOT1BINFULL), a subclass override goes first.
class Base:
    def __radd__(self, other):
        return "radd of " + type(self).__name__ + " with " + type(other).__name__
class A(Base): pass
class B(Base): pass
print(A() + B() if hasattr(A, "__add__") else "no add")
try:
    print(A() + B())
except TypeError as e:
    print("TypeError", e)
print(1 + A(), "x" + B() if False else "")
class C:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "C.radd"
class D(C):
    def __radd__(self, o): return "D.radd"
class E(C): pass
print(C() + D(), C() + E(), E() + C())
class I(int):
    def __radd__(self, o): return "I.radd"
print(1 + I(2), I(2) + 1)
