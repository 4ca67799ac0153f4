# A metaclass's mro(): run with __mro__ None at class creation, rerun on
# __bases__ assignment (also reentrantly, from mro() itself), checked,
# and rolled back when it fails.
class B: pass

class M(type):
    def mro(cls):
        del M.mro
        return (B,)
try:
    class A(metaclass=M): pass
except TypeError as e:
    print("TypeError:", e)

class M3(type):
    def mro(cls):
        return (cls, int, object)
try:
    class A3(metaclass=M3): pass
except TypeError as e:
    print("TypeError:", e)

class M4(type):
    def mro(cls):
        return [cls, 1]
try:
    class A4(metaclass=M4): pass
except TypeError as e:
    print("TypeError:", e)

seen = []
class Rev(type):
    def mro(cls):
        seen.append((cls.__name__, cls.__mro__ is None))
        return [cls] + list(reversed(type.mro(cls)[1:]))
class X: pass
class Y(X, metaclass=Rev): pass
print(seen, [c.__name__ for c in Y.__mro__])
Y.__bases__ = (B,)
print(seen[-1], [c.__name__ for c in Y.__mro__], type.mro(Y))

class WorkOnce(type):
    def __new__(self, name, bases, ns):
        self.flag = 0
        return super(WorkOnce, self).__new__(WorkOnce, name, bases, ns)
    def mro(self):
        if self.flag > 0:
            raise RuntimeError("bozo")
        self.flag += 1
        return type.mro(self)
class C: pass
class C2: pass
class D(C): pass
class E(D): pass
class F(D, metaclass=WorkOnce): pass
before = E.__mro__, D.__mro__
try:
    D.__bases__ = (C2,)
except RuntimeError as e:
    print("RuntimeError:", e, (E.__mro__, D.__mro__) == before, D.__bases__)

state = {"ready": False}
class R(type):
    def mro(cls):
        if state["ready"] and cls.__name__ == 'B1':
            B2.__bases__ = (B1,)
        if state["ready"] and cls.__name__ == 'B2':
            B1.__bases__ = (B2,)
        return type.mro(cls)
class A0(metaclass=R): pass
class B1(A0): pass
class B2(A0): pass
state["ready"] = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print("TypeError:", e)
print(B1.__bases__, B2.__bases__)

class U(type):
    def mro(cls):
        if state["ready"] and cls.__name__ == 'C9':
            state["ready"] = False
            C9.__bases__ = (B8,)
        return type.mro(cls)
class A8(metaclass=U): pass
class B7(A8): pass
class B8(A8): pass
class C9(A8): pass
state["ready"] = True
C9.__bases__ = (B7,)
print(C9.__bases__, B8.__subclasses__(), B7.__subclasses__())
B7.__bases__ = (C9,)
print(B7.__mro__, C9.__subclasses__())

class Inc(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'Z':
            try:
                class Z(cls): pass
            except TypeError as e:
                print("TypeError:", e)
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                print("AttributeError")
        return type.mro(cls)
class Top(metaclass=Inc): pass
print(Top.__mro__)
