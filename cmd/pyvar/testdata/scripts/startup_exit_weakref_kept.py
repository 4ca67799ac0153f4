# Weak-reference callbacks at exit whose referents a module's namespace
# holds: none runs (pyvar needs no collection to know it).
import _weakref


class A:
    pass


keep = A()
r1 = _weakref.ref(keep, lambda r: print("callback: module global"))
other = A()
r2 = _weakref.ref(other, lambda r: print("callback: another"))
print("end of the program")
