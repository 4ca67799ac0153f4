# MAKE_FUNCTION reads __builtins__ and __name__ from the globals each time
# (pyvar remembers them while the globals dict is unchanged): functions
# made after either changes see the change.
import builtins

def make():
    return lambda: len("abc")

fs = [make() for i in range(3)]
print([f() for f in fs], fs[0].__module__)

__name__ = "renamed"
g = make()
print(g.__module__, fs[0].__module__)

class FakeBuiltins(dict):
    pass

fake = {"len": lambda s: "fake len of " + s}
__builtins__ = fake
h = make()
print(h(), fs[0]())
exec("k = make()", globals())
print(k(), k.__module__)

del __builtins__
__builtins__ = builtins
print(make()())
del __name__
m = make()
print(m.__module__)
__name__ = "__main__"

ns = {"__builtins__": {"len": lambda s: -1}, "__name__": "ns"}
exec("def f():\n    return len('x')\n", ns)
print(ns["f"](), ns["f"].__module__)
ns["__name__"] = "ns2"
exec("def f():\n    return len('x')\n", ns)
print(ns["f"](), ns["f"].__module__)
ns["__builtins__"]["len"] = lambda s: -2
exec("def f():\n    return len('x')\n", ns)
print(ns["f"](), ns["f"].__module__)
