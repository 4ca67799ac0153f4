# sys.getsizeof and __sizeof__ give the sizes CPython 3.10 reports on a 64-bit build.
import sys
class P: pass
class I(int): pass
class L(list): pass
class S(str): pass
class D(dict): pass
class Sl:
    __slots__ = ('a', 'b')
class Own:
    def __sizeof__(self): return 100
class Bad:
    def __sizeof__(self): return -1
class Bad2:
    def __sizeof__(self): return 1.5
class Big:
    def __sizeof__(self): return 1 << 70
vals = [None, True, False, 0, 1, -1, 2**30, 2**60, -2**63, 2**64, 10**100, 1.5, '', 'abc', 'é', '€', '😀', b'', b'ab',
        bytearray(), bytearray(b'x'), (), (1, 2), [], {}, {1: 2}, dict.fromkeys(range(10)), set(), set(range(10)),
        object(), P(), I(5), L(), D(), Sl(), Own(), ValueError("x"), sys, frozenset(), range(3)]
for v in vals:
    try:
        print(type(v).__name__, sys.getsizeof(v), v.__sizeof__())
    except Exception as e:
        print(type(v).__name__, type(e).__name__, e)
for c in (Bad, Bad2, Big):
    try:
        print(sys.getsizeof(c()))
    except Exception as e:
        print(type(e).__name__, e)
print((1).__sizeof__(), object.__sizeof__(1), int.__sizeof__(2**40))
print(sys.getsizeof(Bad2(), 7))
try:
    object().__sizeof__(1)
except TypeError as e:
    print(e)
