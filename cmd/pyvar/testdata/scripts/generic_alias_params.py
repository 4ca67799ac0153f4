# types.GenericAlias collects and substitutes the type variables of its
# arguments as CPython 3.10.13 does: a TypeVar counts, a ParamSpec does not,
# and a class argument (a generic class has __parameters__ of its own) is
# left alone.
import typing
T = typing.TypeVar('T')
U = typing.TypeVar('U')
P = typing.ParamSpec('P')

class G(typing.Generic[T]):
    pass

class HasParams:
    __parameters__ = (T,)

print(list[P].__parameters__, tuple[T, P].__parameters__)
print(tuple[G, T].__parameters__, tuple[G, T][int], tuple[T, G][str])
print(list[HasParams].__parameters__, list[HasParams()].__parameters__)
print(dict[T, list[U]].__parameters__, dict[T, list[U]][int, bytes])
print(list[typing.Callable[P, T]].__parameters__)
print((G | T).__parameters__, (int | list[T]).__parameters__)
for bad in (lambda: list[int][str], lambda: dict[T, U][int]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(typing.Tuple[G, T][int] == typing.Tuple[G, int])
