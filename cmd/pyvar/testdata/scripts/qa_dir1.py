class A:
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ()
    y = 2
class C:
    def __dir__(self): return ["z", "a", "m"]
pub = lambda names: [n for n in names if not n.startswith("__")]
a = A(); a.inst = 3
print(pub(dir(a)), pub(dir(A)), pub(dir(B)), dir(C()))
print(pub(dir("")), pub(dir([])), pub(dir({})), pub(dir(())), pub(dir(set())), pub(dir(frozenset())), pub(dir(range(1))))
print(pub(dir(Exception("x"))), pub(dir(KeyError)), pub(dir(1.5)), pub(dir(1j)))
def f(): pass
print(pub(dir(f)), pub(dir(type)), pub(dir(object)))
print(sorted(set(dir(a)) - set(dir(A))), "m" in dir(B()), "inst" in dir(a))
