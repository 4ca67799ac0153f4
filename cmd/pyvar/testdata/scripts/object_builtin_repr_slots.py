# Built-in types with their own repr have __repr__ in their __dict__: x.__repr__() is repr(x).
import types, sys
def g(): yield 1
async def c(): pass
for o in (g, len, sys, [].append, str.join, int.__add__, (1).__add__, staticmethod(g), g.__code__, g(), types.SimpleNamespace(a=1)):
    a, b = repr(o), o.__repr__()
    print(type(o).__name__, a == b, '__repr__' in vars(type(o)))
co = c(); print(repr(co) == co.__repr__()); co.close()
class F:
    def __repr__(self): return 'F!'
print(repr(F()), F().__repr__(), object.__repr__(g)[:18])
print(types.FunctionType.__repr__(g)[:12])
try: types.FunctionType.__repr__(1)
except TypeError as e: print('TypeError')
