# test_class: method hash and equality by __self__'s identity, the result checks
# of __complex__ and friends, and an error from __index__ propagating unchanged.
def assertTrue(x): print(bool(x))
assertFalse = lambda x: print(not x)
def assertEqual(a, b): print(a == b)
def assertNotOrderable(a, b):
    for op in ("<", ">", "<=", ">="):
        try:
            eval("a %s b" % op)
            print("orderable")
        except TypeError as e:
            print(e)
# Test comparison and hash of methods
class A:
    def __init__(self, x):
        self.x = x
    def f(self):
        pass
    def g(self):
        pass
    def __eq__(self, other):
        return True
    def __hash__(self):
        raise TypeError
class B(A):
    pass

a1 = A(1)
a2 = A(1)
assertTrue(a1.f == a1.f)
assertFalse(a1.f != a1.f)
assertFalse(a1.f == a2.f)
assertTrue(a1.f != a2.f)
assertFalse(a1.f == a1.g)
assertTrue(a1.f != a1.g)
assertNotOrderable(a1.f, a1.f)
assertEqual(hash(a1.f), hash(a1.f))

assertFalse(A.f == a1.f)
assertTrue(A.f != a1.f)
assertFalse(A.f == A.g)
assertTrue(A.f != A.g)
assertTrue(B.f == A.f)
assertFalse(B.f != A.f)
assertNotOrderable(A.f, A.f)
assertEqual(hash(B.f), hash(A.f))

# the following triggers a SystemError in 2.4
a = A(hash(A.f)^(-1))
hash(a.f)


class BadTypeClass:
    def __int__(self):
        return None
    __float__ = __int__
    __complex__ = __int__
    __str__ = __int__
    __repr__ = __int__
    __bytes__ = __int__
    __bool__ = __int__
    __index__ = __int__
def index(x):
    return [][x]
for f in [float, complex, str, repr, bytes, bin, oct, hex, bool, index, int]:
    try:
        f(BadTypeClass())
        print(f.__name__, "no error")
    except TypeError as e:
        print(f.__name__, e)
class Cx:
    def __complex__(self): return 1.5
try:
    complex(Cx())
except TypeError as e:
    print(e)
class I:
    def __init__(self, e): self.e = e
    def __index__(self): raise self.e
for e in (ValueError("v"), TypeError("t"), OverflowError("o"), IndexError("i")):
    for seq in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), range(3)):
        try:
            seq[I(e)]
        except Exception as x:
            print(type(seq).__name__, type(x).__name__, x)
try:
    [1][2**100]
except Exception as x:
    print(type(x).__name__, x)
try:
    [1]["a"]
except Exception as x:
    print(type(x).__name__, x)
