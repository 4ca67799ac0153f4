# types.GenericAlias as CPython 3.10's: constructor, __parameters__, substitution, repr, subclassing, checks.
from types import GenericAlias as GA
class TypeVar:
    def __init__(self, name): self.__name__ = name
    def __repr__(self): return '~' + self.__name__
TypeVar.__module__ = 'typing'
T = TypeVar('T'); U = TypeVar('U')
a = list[T]; print(a.__class__, type(a), a.__parameters__, a[int], dict[str, T][int], a.__reduce__(), list[int].__mro_entries__((1,)))
print(GA(list, int), GA(list, (int, str)), list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]), dir(list[int])[:5])
print(list[int].append, list[int](), dict[T, U][int, str], dict[T, list[T]][int], dict[T, U].__parameters__)
for bad in (lambda: list[int][int], lambda: GA(list, int, x=1), lambda: GA(list), lambda: dict[T, U][int], lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try: bad()
    except TypeError as e: print(e)
print(repr(list[...]), repr(tuple[()]), repr(list[list[int]]), repr(dict[str, 'x']))
class X(GA):
    def __repr__(self): return 'X' + super().__repr__()
x = X(list, int); print(type(x), x, x.__origin__, x.__args__, x.__parameters__, x.append, x == list[int], x(), x | None)
print(isinstance(list[int], type), isinstance(list[int], GA), list[int].__name__, list[int] | int, int | list[int])
class Y(GA):
    @property
    def __parameters__(self): return ('custom',)
print(Y(list, int).__parameters__)
