# The singletons' types construct their one instance; a __dict__ or
# __weakref__ a class body defines is not replaced by the instance-dict
# descriptor; the bytearray subclass repr names the subclass.
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, type(e).__name__, e)


for const in None, Ellipsis, NotImplemented:
    tp = type(const)
    t(tp.__name__, lambda: tp() is const)
    t(tp.__name__ + "(1, 2)", lambda: tp(1, 2))
    t(tp.__name__ + "(a=1)", lambda: tp(a=1))
    t(tp.__name__ + ".__new__", lambda: tp.__new__(tp) is const)
    t(tp.__name__ + ".__new__(int)", lambda: tp.__new__(int))


class C:
    __dict__ = property(lambda self: {'a': 2})


c = C()
c.x = 1
t("property __dict__", lambda: (c.__dict__, vars(c), c.x))


class D:
    __dict__ = 5
    __weakref__ = 6


t("class __dict__", lambda: (D().__dict__, D().__weakref__))


class BA(bytearray):
    pass


t("bytearray subclass", lambda: (BA(b'x'), BA()))
t("NotImplemented.__bool__", lambda: type(NotImplemented).__bool__)


def hook(*args, **kwargs):
    print("hook", args, sorted(kwargs.items()))
    return 42


import sys
sys.breakpointhook = hook
t("breakpoint", lambda: breakpoint(1, 2, x=3))
del sys.breakpointhook
t("lost hook", lambda: breakpoint())
sys.breakpointhook = sys.__breakpointhook__
print(sys.__breakpointhook__.__name__)
