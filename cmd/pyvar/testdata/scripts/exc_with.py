# with statements: __enter__ and __exit__ found on the type (a Python
# function called with the manager first, a staticmethod, a classmethod, a
# descriptor), errors in __enter__, suppression, and the order of lookups.
import sys


class Plain:
    def __enter__(self):
        print("enter", type(self).__name__)
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return False


class Suppress(Plain):
    def __exit__(self, t, v, tb):
        print("suppress", t.__name__ if t else None)
        return True


class Static:
    @staticmethod
    def __enter__():
        return "static"

    @classmethod
    def __exit__(cls, *a):
        print("classmethod exit", cls.__name__, a[0])


class Verbose:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, typ):
        print("get", self.name)
        return lambda *a: print("called", self.name, len(a)) or self.name


class Descr:
    __enter__ = Verbose("enter")
    __exit__ = Verbose("exit")


class Raises:
    def __enter__(self):
        raise KeyError("in enter")

    def __exit__(self, *a):
        print("never")


class NoExit:
    def __enter__(self):
        print("never")


class NoEnter:
    def __exit__(self, *a):
        print("never")


class KwEnter(Plain):
    def __enter__(self, extra="default"):
        return extra


with Plain() as p:
    print("body", type(p).__name__)
with Suppress():
    raise ValueError("dropped")
print("after suppress")
try:
    with Plain():
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)
with Static() as s:
    print(s)
with Descr() as d:
    print("body", d)
try:
    with Raises():
        print("never")
except KeyError as e:
    print("KeyError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
for cls in (NoExit, NoEnter):
    try:
        with cls():
            pass
    except AttributeError as e:
        print("AttributeError", e)
with KwEnter() as k:
    print(k)
p = Plain()
p.__enter__ = lambda: print("instance attribute ignored")
with p:
    pass


def nested(n):
    total = 0
    for i in range(n):
        with Suppress() as a, Static() as b:
            total += i
            if i % 2:
                raise RuntimeError(i)
    return total


print(nested(4))
print(sys.exc_info())
