# PEP 604 unions (3.10): X | Y of types, in annotations, isinstance and issubclass.
u = int | None
print(u, repr(u), type(u), u.__args__, int | str | int, (int | str) == (str | int), hash(int|str) == hash(str|int))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.0, int | str), issubclass(bool, int | str))
print(None | int, int | int, list[int] | None, (int | str) | (bytes | int))
try: int | 3
except TypeError as e: print(e)
try: isinstance(3, list[int] | None)
except TypeError as e: print(e)
def f(x: int | None = None) -> str | None: return x
print(f.__annotations__)
class C: pass
print(C | None, int | C)
