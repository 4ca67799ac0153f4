# getattr(C, name, default) and hasattr(C, name) on a class whose metaclass
# is itself a class (ABCMeta, typing's protocols): a miss builds no
# AttributeError, yet the metaclass's __getattr__ runs exactly once, after
# type.__getattribute__ failed, and type.__getattribute__ called directly
# never runs it.
import abc

calls = []


class Meta(type):
    def __getattr__(cls, name):
        calls.append(name)
        if name == "dyn":
            return "from Meta.__getattr__"
        raise AttributeError(name)


class C(metaclass=Meta):
    x = 1

    @property
    def prop(self):
        return "instance property"


print(getattr(C, "x", None), getattr(C, "nope", "default"), hasattr(C, "nope"))
print(getattr(C, "dyn", None), C.dyn, calls)
calls.clear()
try:
    C.missing
except AttributeError as e:
    print("AttributeError", e, calls)
calls.clear()
try:
    type.__getattribute__(C, "missing")
except AttributeError as e:
    print("type.__getattribute__:", e, calls)
print(type(getattr(C, "prop", None)).__name__)


# Metaclass data descriptors, then the class's MRO, then the metaclass's
# other attributes.
class Meta2(type):
    @property
    def mprop(cls):
        return "meta property of " + cls.__name__

    def mmethod(cls):
        return "meta method"

    @property
    def broken(cls):
        raise KeyError("not an AttributeError")

    @property
    def gone(cls):
        raise AttributeError("gone")


class D(metaclass=Meta2):
    mmethod = "class attribute wins over a meta non-data attribute"


print(getattr(D, "mprop", None), getattr(D, "mmethod", None))
print(hasattr(D, "gone"), getattr(D, "gone", "default"))
try:
    getattr(D, "broken", None)
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(D, "broken")
except KeyError as e:
    print("KeyError", e)


# A metaclass that overrides __getattribute__ is always consulted.
class Meta3(type):
    def __getattribute__(cls, name):
        if name == "magic":
            return 42
        return type.__getattribute__(cls, name)


class E(metaclass=Meta3):
    pass


print(getattr(E, "magic", None), hasattr(E, "other"), getattr(E, "other", "d"))


# Attributes added to a class or metaclass later are seen.
class A(abc.ABC):
    pass


print(getattr(A, "later", None), hasattr(abc.ABCMeta, "later"))
A.later = "set on A"
print(getattr(A, "later", None))
del A.later
abc.ABCMeta.later = "set on ABCMeta"
print(getattr(A, "later", None))
del abc.ABCMeta.later
print(getattr(A, "later", None))
