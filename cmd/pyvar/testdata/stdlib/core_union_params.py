# types.UnionType's __parameters__ and substitution (X | Y)[...], as
# CPython 3.10's union_getitem: the new arguments are joined with | again.
import copy
import pickle
import typing

T = typing.TypeVar("T")
S = typing.TypeVar("S")

u = list[T] | int
print(u.__parameters__, (int | str).__parameters__, (list[T] | dict[S, T]).__parameters__)
print(u[str], type(u[str]).__name__)
print((float | list[T])[int], (list[T] | list[S])[int, T], (list[T] | list[S])[int, int])
print((list[T] | list[int])[int], (list[T] | dict[T, S])[int, str])
print((list[T] | tuple[T, ...])[typing.List[int]])
print(list[int | list[T]].__parameters__, list[int | list[T]][str])
for f in [lambda: (list[T] | list[S])[int], lambda: (list[T] | int)[int, str],
          lambda: (int | str)[int], lambda: (list[T] | int)[()]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
for c in (copy.copy(u), copy.deepcopy(u), pickle.loads(pickle.dumps(u))):
    print(c == u, c.__args__ == u.__args__, c.__parameters__ == u.__parameters__)
