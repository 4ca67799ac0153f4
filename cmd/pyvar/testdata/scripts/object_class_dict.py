class A: pass
class B(A):
    x = 1
class E(Exception): pass
class L(list): pass
class S:
    __slots__ = ("a",)
for c in (A, B, E, L, S):
    print(c.__name__, c.__dict__)
print(A().__dict__, A().__weakref__, "__weakref__" in A.__dict__)
a = A(); a.q = 1; print(a.__dict__, vars(a))
