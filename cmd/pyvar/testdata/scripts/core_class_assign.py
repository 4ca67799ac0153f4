# obj.__class__ = C: only between mutable classes (or module types) whose
# instances have the same layout, with CPython's errors.
import sys
MT = type(sys)

class A: pass
class B: pass
class S: __slots__ = ('x',)
class S2: __slots__ = ('x',)
class S3: __slots__ = ('y',)
class G: __slots__ = ['a', 'b']
class H: __slots__ = ['b', 'a']
class L(list): pass
class L2(list): pass
class D(dict): pass
class M(MT): pass
class N(S): __slots__ = ['__weakref__']
class P(S): __slots__ = ['__dict__']
class Q(S): pass
class R(S): __slots__ = ['__dict__', '__weakref__']
class Int(int): __slots__ = ()

tests = [(A(), B), (A(), 1), (A(), int), (1, A), (A(), S), (S(), S2), (S(), S3), (G(), H),
         (L(), L2), (L(), D), (L(), list), ([], L), (MT('x'), M), (M('y'), MT), (A(), M), (M('z'), A),
         (object(), A), (A(), object), (A(), type), (Q(), R), (R(), Q), (N(), P), (P(), Q), (True, int), (2, Int),
         (2, bool)]
for o, c in tests:
    try:
        o.__class__ = c
        print("ok", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    del A().__class__
except TypeError as e:
    print("TypeError:", e)

g = G()
g.a, g.b = 1, 2
g.__class__ = H
print(type(g).__name__, g.a, g.b)
