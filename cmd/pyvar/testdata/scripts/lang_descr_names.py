# Descriptor objects name themselves (__name__, __qualname__, __objclass__); __slots__ with __dict__ gets its descriptor.
class A:
    __slots__ = ('s', '__dict__')
d = A.__dict__['__dict__']
print(d, d.__name__, d.__qualname__, d.__objclass__ is A, type(d).__name__)
m = A.__dict__['s']
print(m, m.__name__, m.__qualname__, m.__objclass__ is A, type(m).__name__)
g = type.__dict__['__dict__']
print(g, g.__name__, g.__objclass__, int.__dict__['real'].__name__, int.real.__qualname__)
