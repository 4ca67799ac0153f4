# A metaclass's own mro() (called once the __class__ cell is set, its result
# checked); dir() of a bound method shows its function's attributes;
# object.__getattribute__'s AttributeError carries name and obj.
test_class = None
class Meta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class A(metaclass=Meta):
    def f():
        global test_class
        test_class = __class__
print(test_class is A, A.__mro__)

class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L
class X(dict, object, metaclass=PerverseMetaType):
    pass
print(X.__mro__)
print(X().keys is None or "ok")

class M2(type):
    def mro(cls):
        return [cls, 1]
try:
    class Y(metaclass=M2): pass
except TypeError as e:
    print(e)
class M3(type):
    def mro(cls):
        return (cls, list, object)
try:
    class Z(dict, metaclass=M3): pass
except TypeError as e:
    print(e)
class M4(type):
    def mro(cls):
        return [cls, int, object]
class F:
    def a(self): pass
F.a.known_attr = 7
f = F()
print('known_attr' in dir(f.a), 'known_attr' in dir(F.a))
class A: pass
obj = A()
try:
    object.__getattribute__(obj, "bluch")
except AttributeError as exc:
    print(exc.name, exc.obj is obj)
try:
    obj.bluch
except AttributeError as exc:
    print(exc.name, exc.obj is obj)
