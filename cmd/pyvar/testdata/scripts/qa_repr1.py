import sys, math
class Outer:
    class Inner:
        def m(self): pass
def f(): pass
objs = [int, type, object, Outer, Outer.Inner, Outer.Inner.m, f, len, [].append, "".join, dict.get, int.__add__, object.__init__, (1).__add__,
        range(0), range(1, 5, 2), slice(None), slice(1, 2, None), {}.keys(), {1: 2}.values(), {1: 2}.items(), iter([]), iter(()), iter(""), iter({}),
        iter(range(3)), enumerate([]), zip(), map(f, []), filter(None, []), reversed([]), reversed(range(3)), sys, ..., NotImplemented, None,
        property(), super(Outer, Outer()), type(None), type(...), frozenset(), set(), b"", bytearray(), 1j, -0.0, 1e100,
        ValueError("x"), KeyError("k"), StopIteration(1), OSError(2, "x"), Exception(), BaseException("a", 1), iter(b""), {}.__iter__(), Outer.__dict__["Inner"]]
for o in objs:
    print(repr(o))
