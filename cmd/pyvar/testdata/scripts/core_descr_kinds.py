# Descriptor kinds as CPython has them: read-only members are
# member_descriptors, method-wrappers know their __objclass__ and __doc__,
# a bound method's repr falls back to __name__, a class's __name__ takes
# a str subclass.
import sys
def f(): pass
for d in [str.lower, complex.real, float.real, int.__add__, property.fget, type(f).__globals__,
          type(sys).__dict__['__dict__']]:
    print(type(d).__name__, d.__qualname__, d.__objclass__.__name__)
try:
    (1j).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print("AttributeError:", e)
print(complex.real.__get__(2+3j), type(f).__closure__.__get__(f))

l = []
print(l.__add__.__objclass__, l.__add__.__doc__ == list.__add__.__doc__, (1).__add__.__objclass__,
      object().__str__.__objclass__, l.__add__.__doc__)

class Nasty(str): pass
class C: pass
C.__name__ = Nasty("abc")
C.__qualname__ = Nasty("q")
print(C.__name__, C.__qualname__)
for g in [lambda: delattr(C, '__name__'), lambda: delattr(C, '__qualname__'), lambda: setattr(C, '__name__', 'a\0b'),
          lambda: setattr(C, '__name__', 1), lambda: setattr(int, '__name__', 'x'), lambda: delattr(int, '__qualname__')]:
    try:
        g()
    except Exception as e:
        print(type(e).__name__, e)

class F:
    def __call__(self): pass
fn = F()
m = type(C().__init__)  # method-wrapper, not a bound method
bm = type(f.__get__(1))(fn, object())
print(repr(bm)[:22])
fn.__name__ = Nasty("name")
print(repr(bm)[:25])
fn.__qualname__ = "qn"
print(repr(bm)[:23])
