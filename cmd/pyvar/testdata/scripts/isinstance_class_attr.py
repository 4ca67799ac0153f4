# isinstance(x, C) that is false for type(x) consults x.__class__ unless it
# is object's own descriptor: properties, __getattribute__ overrides and
# instance dicts (which cannot shadow the data descriptor) are honoured.


class A:
    pass


class B:
    pass


class Claims:
    @property
    def __class__(self):
        return A


class ClaimsBroken:
    @property
    def __class__(self):
        raise AttributeError("no class")


class ClaimsKeyError:
    @property
    def __class__(self):
        raise KeyError("boom")


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattribute__(self, name):
        if name == "__class__":
            return type(object.__getattribute__(self, "_target"))
        return object.__getattribute__(self, name)


a, b = A(), B()
print(isinstance(a, A), isinstance(a, B), isinstance(b, A))
print(isinstance(Claims(), A), isinstance(Claims(), B), isinstance(Claims(), Claims))
print(isinstance(ClaimsBroken(), A), isinstance(ClaimsBroken(), ClaimsBroken))
try:
    isinstance(ClaimsKeyError(), A)
except KeyError as e:
    print("KeyError", e)
print(isinstance(Proxy(a), A), isinstance(Proxy(b), A), isinstance(Proxy(b), (A, B)))

# An instance dict entry named __class__ does not shadow the descriptor.
x = B()
x.__dict__["__class__"] = A
print(isinstance(x, A), isinstance(x, B), x.__class__)

# __class__ assignment changes the answer at the same call site.
objs = [A(), B()]
for i in range(4):
    o = objs[i % 2]
    print(i, isinstance(o, A), isinstance(o, B))
    if i == 1:
        objs[0].__class__ = B
        objs[1].__class__ = A


# A subclass that adds a __class__ property later in the hierarchy.
class Base:
    pass


base = Base()
print(isinstance(base, A))


class Derived(Base):
    __class__ = property(lambda self: A)


print(isinstance(Derived(), A), isinstance(base, A), isinstance(Derived(), Base))

# Built-in values and classes.
print(isinstance(1, str), isinstance("s", int), isinstance(A, A), isinstance(A, type))
print(isinstance(len, A), isinstance(None, A), isinstance(1.5, (int, str)))
