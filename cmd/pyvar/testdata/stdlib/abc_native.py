# The native _abc: ABC caches, registration, abstract methods, and the
# sequence/mapping flags that registration gives classes for match statements.
from collections.abc import Sequence, Mapping
class S: pass
class SS(S): pass
Sequence.register(S)
match SS():
    case [*_]: print("sequence")
    case _: print("not")
class M: pass
Mapping.register(M)
match M():
    case {}: print("mapping")
    case _: print("not")
class L(list): pass
match L([1]):
    case [x]: print("list", x)
print(issubclass(SS, Sequence), isinstance(M(), Mapping), issubclass(int, Sequence))
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class B(A): pass
try: B()
except TypeError as e: print(e)
print(sorted(A.__abstractmethods__), A._abc_impl.__class__.__name__)
try: issubclass(1, A)
except TypeError as e: print(e)
try: A.register(1)
except TypeError as e: print(e)
try: A.register(B) ; A.register(A); print("ok")
except Exception as e: print(e)
class X: pass
A.register(X)
try: X.register
except AttributeError as e: print("AttributeError")
try:
    class P(abc.ABC): pass
    P.register(A); A.register(P)
except RuntimeError as e: print(e)
print(abc.get_cache_token() > 0)
from collections.abc import Sized, Hashable, Collection, Sequence, Mapping
stub = lambda s, *args: 0
C = type('C', (object,), {'__hash__': None})
setattr(C, '__len__', stub)
print(Sized.__subclasshook__(C), issubclass(C, Sized), isinstance(C(), Sized))
D = type('D', (object,), {'__hash__': None, '__len__': stub})
print(issubclass(D, Sized), isinstance(D(), Sized))
try:
    class Both(Collection):
        __abc_tpflags__ = (Sequence.__flags__ | Mapping.__flags__)
    print("no error")
except TypeError as e: print("TypeError", e)
