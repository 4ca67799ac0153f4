# type.__basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__ and
# the GC bit of __flags__: CPython's figures for built-in types, and the
# layout type_new builds for classes (slots, __dict__, __weakref__).
import sys
class A: pass
class B(A): __slots__ = ('x', 'y')
class C: __slots__ = ()
class D(list): pass
class E(int): pass
class F(tuple): pass
class G: __slots__ = ('__dict__',)
class H: __slots__ = ('__weakref__',)
for t in (object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset, type, range, slice, A, B, C, D, E, F, G, H, BaseException, ValueError, type(None), type(len), type(sys._getframe()), memoryview):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__, t.__flags__ & (1<<9|1<<10|1<<12|1<<14|1<<24|1<<25|1<<26|1<<27|1<<28|1<<29|1<<30|1<<31))
