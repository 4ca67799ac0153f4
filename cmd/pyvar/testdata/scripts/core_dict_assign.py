# Assigning and deleting an instance's __dict__, and the classes whose
# __dict__ belongs to a built-in base (modules, exceptions, types).
import sys
MT = type(sys)

class C: pass
class X(dict): pass
class Base: pass
class Module2(Base, MT): pass
class Exc2(Base, Exception): pass
class Meta2(Base, type): pass
class E(metaclass=Meta2): pass

a = C()
for v in [None, [], 1]:
    try:
        a.__dict__ = v
    except TypeError as e:
        print("TypeError:", e)
a.x = 1
del a.__dict__
print(a.__dict__, hasattr(a, 'x'))
a.__dict__ = X(y=2)
print(a.y)

for e in [ValueError(), Exc2()]:
    try:
        del e.__dict__
    except TypeError as ex:
        print("TypeError:", ex)
    e.__dict__ = {"z": 3}
    print(e.z)

m = Module2("spam")
d = Base.__dict__["__dict__"]
for f in [lambda: setattr(m, '__dict__', {}), lambda: delattr(m, '__dict__'), lambda: d.__set__(m, {}),
          lambda: d.__delete__(m), lambda: MT.__dict__["__dict__"].__set__(m, {}),
          lambda: setattr(E, '__dict__', {}), lambda: delattr(E, '__dict__'), lambda: d.__set__(E, {}),
          lambda: d.__get__(1), lambda: d.__set__(1, {})]:
    try:
        f()
        print("ok")
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__, ex)
m.__dict__["spam"] = "eggs"
print(m.spam, type(E.__dict__).__name__)

class Y(dict):
    def __init__(self):
        dict.__init__(self)
        self.__dict__ = self
y = Y()
y.attr = 42
print(y["attr"], y.attr)
