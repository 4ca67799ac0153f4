# slot_tp_richcompare: a comparison method whose binding fails is NotImplemented.
def booh(self):
    raise AttributeError("booh")
class A:
    a = property(booh)
try:
    A().a
except AttributeError as x:
    print(x)
class E:
    __eq__ = property(booh)
print(E() == E(), E() != E())
class F:
    __lt__ = property(booh)
try:
    F() < F()
except TypeError as e:
    print(e)
class G:
    __eq__ = property(lambda self: lambda other: "bound")
print(G() == 1)
