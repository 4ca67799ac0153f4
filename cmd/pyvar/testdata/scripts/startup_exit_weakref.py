# Weak-reference callbacks at exit: a referent that became garbage (a
# cycle) gets its callback; one that a module's namespace still holds does
# not, whether or not any garbage is left to find.
import _weakref


class A:
    pass


def cb(name):
    return lambda r: print("callback:", name)


keep = A()
r1 = _weakref.ref(keep, cb("module global"))
holder = [A()]
r2 = _weakref.ref(holder[0], cb("held by a module-level list"))


def make_cycle():
    b = A()
    b.self = b
    return _weakref.ref(b, cb("garbage cycle"))


r3 = make_cycle()
print("end of the program")
