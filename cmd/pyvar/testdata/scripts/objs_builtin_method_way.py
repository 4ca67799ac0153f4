# LOAD_METHOD sites that see exact built-ins and subclass instances in turn:
# the built-in method way must not answer for the subclasses.
class L(list):
    def append(self, x):
        print("L.append", x)
class D(dict):
    pass
def f(objs):
    for o in objs:
        o.append(1)
        print(type(o).__name__, len(o))
f([[], L(), [], L(), bytearray(b"")])
def g(objs):
    for o in objs:
        print(o.get("a", "dflt"))
d = D(a=5)
d.get = lambda k, v: "shadow"
g([{}, {"a": 1}, D(), d, {"a": 2}])
try:
    g([{}, [1]])
except AttributeError as e:
    print("AttributeError", e)
