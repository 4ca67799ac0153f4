# LOAD_ATTR of a plain class attribute through the class itself
# (Strength.REQUIRED, cls.X), cached per site: every change is seen.


class Base:
    X = 1
    NAME = "base"
    PAIR = (1, 2)


class Other:
    pass


class Sub(Base):
    pass


def read(c):
    return (c.X, c.NAME, c.PAIR)


out = []
for step in range(15):
    if step == 2:
        Base.X = 2  # another int
    elif step == 3:
        Base.X = "two"  # another type
    elif step == 4:
        Base.PAIR = (3, 4)  # same type, new value
    elif step == 5:
        Sub.NAME = "sub"  # the subclass shadows the base
    elif step == 6:
        del Sub.NAME
    elif step == 7:
        Base.X = staticmethod(len)
    elif step == 8:
        Base.X = classmethod(lambda cls: cls.__name__)
    elif step == 9:
        class Get:
            def __get__(self, o, t):
                return ("got", o, t.__name__)
        Base.X = Get()
    elif step == 10:
        Base.X = 10
        Sub.__bases__ = (Other,)
        Sub.X, Sub.NAME, Sub.PAIR = "own", "own", ()
    elif step == 11:
        Sub.__bases__ = (Base,)
        del Sub.X, Sub.NAME, Sub.PAIR
    elif step == 12:
        class Meta(type):
            X = "meta"
        Base.NAME = None
    elif step == 13:
        Base.PAIR = 2.5
    elif step == 14:
        del Base.PAIR
    r = []
    for c in (Base, Sub):
        try:
            seen = {read(c) for _ in range(3)}
        except AttributeError as e:
            seen = {str(e)}
        assert len(seen) == 1, seen
        x = seen.pop()
        if isinstance(x, tuple) and callable(x[0]):
            x = ("callable",) + x[1:]
        r.append(x)
    out.append((step, r))
for line in out:
    print(line)


# A metaclass other than type, and a metaclass attribute a class shadows.
class M(type):
    Y = "from meta"

    @property
    def P(cls):
        return "meta property of " + cls.__name__


class WithMeta(metaclass=M):
    X = "own"


class NoY(metaclass=M):
    pass


print([(c.X if hasattr(c, "X") else None, c.Y, c.P) for c in (WithMeta, NoY) for _ in range(3)])
M.Y = "changed"
print([c.Y for c in (WithMeta, NoY) for _ in range(3)])


# A site seeing several classes, then an int, then a module.
import sys


class A:
    V = "a"


class B:
    V = "b"


def v(o):
    return o.V


print([v(c) for c in (A, B, A, B) for _ in range(3)])
A.V = 1
print([v(c) for c in (A, B)])


def name(o):
    return o.__name__


print([name(o) for o in (A, B, sys, A)])
