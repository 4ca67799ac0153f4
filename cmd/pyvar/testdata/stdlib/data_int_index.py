# int()/operator.index of __index__/__int__ results that are int subclasses (DeprecationWarning, an exact int), __trunc__ results read through __index__.
import warnings
warnings.simplefilter("always")
def t(name, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f(); print(name, repr(r), type(r).__name__)
        except Exception as e: print(name, type(e).__name__, e)
        for x in w: print("  warn", x.category.__name__, x.message)
class BadIndex:
    def __index__(self): return True
class BadIndex2(int):
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class BadInt2(int):
    def __int__(self): return True
class TRBI:
    def __trunc__(self): return BadIndex()
class TRBInt:
    def __trunc__(self): return BadInt()
class TRIS:
    def __trunc__(self): return True
class Index:
    def __index__(self): return 42
class TRNI:
    def __trunc__(self): return Index()
class Intable:
    def __int__(self): return 42
class TRNIdx:
    def __trunc__(self): return Intable()
class NonIntegral:
    def __trunc__(self): return NonIntegral()
class BadIdxFloat:
    def __index__(self): return True
for c in [BadIndex, BadIndex2, BadInt, BadInt2, TRBI, TRBInt, TRIS, TRNI, TRNIdx, NonIntegral]:
    t("int " + c.__name__, lambda: int(c()))
t("float idx", lambda: float(BadIdxFloat()))
import operator
t("index", lambda: operator.index(BadIndex()))
t("index2", lambda: [1, 2][BadIndex()])
class FloatSub(float):
    pass
class BadFloat:
    def __float__(self): return FloatSub(1.5)
t("float BadFloat", lambda: float(BadFloat()))
t("complex BadFloat", lambda: complex(BadFloat()))
