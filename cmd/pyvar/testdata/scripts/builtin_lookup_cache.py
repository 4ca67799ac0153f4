# Special methods of built-in types are found through a per-type cache
# (as CPython's type attribute cache): truth tests, len() and operators on
# instances of built-in and native types, and of their subclasses whose
# namespaces change after the cache was filled.
import collections
import io

s = io.StringIO()
print(bool(s), "yes" if s else "no")
s.write("abc")
print(bool(s), len(s.getvalue()))
s.close()
print(bool(s))


class S(io.StringIO):
    pass


t = S()
print(bool(t))
for step in range(3):
    if step == 1:
        S.__len__ = lambda self: 0
    if step == 2:
        S.__bool__ = lambda self: True
    print(step, bool(t), "yes" if t else "no")
del S.__bool__
print(bool(t))
del S.__len__
print(bool(t))

d = collections.OrderedDict(a=1)
print(bool(d), len(d), d["a"])


class OD(collections.OrderedDict):
    pass


od = OD(a=1)
print(od["a"])
OD.__getitem__ = lambda self, k: "overridden " + k
print(od["a"])
del OD.__getitem__
print(od["a"])

try:
    io.StringIO.__bool__ = lambda self: False
except TypeError as e:
    print("TypeError", e)
print(type(io.StringIO.__doc__).__name__, io.StringIO.__doc__ == io.TextIOBase.__doc__)
print(hasattr(io.StringIO, "__len__"), hasattr(io.StringIO, "getvalue"))


# __mro__ is one tuple while the MRO stands, a new one after __bases__
# assignment.
class P:
    pass


class Q:
    pass


class R(P):
    pass


m = R.__mro__
print(m is R.__mro__, int.__mro__ is int.__mro__, io.StringIO.__mro__ is io.StringIO.__mro__)
R.__bases__ = (Q,)
print(R.__mro__, m, R.__mro__ is R.__mro__, R.__mro__ is m)
