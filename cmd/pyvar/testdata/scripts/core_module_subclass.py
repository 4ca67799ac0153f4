# Subclasses of the module type: module.__new__ makes an empty module,
# module.__init__ names it; attribute hooks, dir() and __class__ switching
# between module and its subclasses.
import sys
MT = type(sys)

class M(MT):
    pass

m = M("m")
print(type(m).__name__, m.__name__, sorted(m.__dict__), repr(m))
m.b = 2
m.a = 1
print([x for x in dir(m) if not x.startswith("__")])

log = []
class MM(MT):
    def __init__(self, name):
        MT.__init__(self, name)
    def __getattribute__(self, name):
        log.append(("getattr", name))
        return MT.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        MT.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(("delattr", name))
        MT.__delattr__(self, name)
a = MM("a")
a.foo = 12
x = a.foo
del a.foo
print(log)

try:
    class Bad(MT, str):
        pass
except TypeError as e:
    print("TypeError:", e)

u = M.__new__(M)
print(repr(u), not u.__dict__, hasattr(u, "__name__"), hasattr(u, "foo"))
try:
    u.foo
except AttributeError as e:
    print("AttributeError:", e)
u.foo = 1
print(u.__dict__)
MT.__init__(u, "late", "doc")
print(u.__name__, u.__doc__, repr(u))

class M2(M):
    __dict__ = property(lambda self: "Not a dict!")
m2 = M2("m2")
print(m2.__dict__)
try:
    dir(m2)
except TypeError as e:
    print("TypeError:", e)

class Sub(MT):
    a = 1
plain = MT("plain")
plain.__class__ = Sub
print(type(plain).__name__, plain.a)
plain.__class__ = MT
print(type(plain).__name__, hasattr(plain, "a"))
try:
    MT("x", "doc", 3)
except TypeError as e:
    print("TypeError:", e)
try:
    M(1)
except TypeError as e:
    print("TypeError:", e)
