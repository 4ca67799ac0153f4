# object.__new__(cls) and other built-in __new__s refuse a class whose
# static base has a different __new__ (tp_new_wrapper's safety check), so
# int.__new__(bool, 0) and object.__new__ of a list subclass fail as in CPython.
import struct
def t(name, f):
    try: print(name, repr(f()))
    except Exception as e: print(name, type(e).__name__, e)
class A: pass
class B(A):
    def __new__(cls): return object.__new__(cls)
class L(list): pass
class E(Exception): pass
class D(dict):
    def __new__(cls): return object.__new__(cls)
class I(int): pass
class P(A, L): pass
for c in (A, B, L, E, D, I, P, type(iter([])), int, object, type(struct.iter_unpack('b', b'1'))):
    t('object.__new__(%s)' % c.__name__, lambda: type(object.__new__(c)).__name__)
t('int.__new__(I)', lambda: int.__new__(I, 5))
t('int.__new__(bool)', lambda: int.__new__(bool, 0))
t('list.__new__(L)', lambda: type(list.__new__(L)).__name__)
t('dict.__new__(D)', lambda: type(dict.__new__(D)).__name__)
t('Exception.__new__(E)', lambda: type(Exception.__new__(E)).__name__)
t('BaseException.__new__(E)', lambda: type(BaseException.__new__(E)).__name__)
t('tuple.__new__(I)', lambda: tuple.__new__(I))
import collections, enum, fractions, decimal
class Color(enum.Enum):
    R = 1
print(Color.R, fractions.Fraction(1, 3), decimal.Decimal('1.5'), collections.OrderedDict(a=1))
