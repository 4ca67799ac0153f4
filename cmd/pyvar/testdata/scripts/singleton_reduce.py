# Ellipsis and NotImplemented pickle and copy as the builtins they are
# (their __reduce__ answers the name), and generic aliases take weak
# references.
import copy, pickle, weakref, collections.abc, typing

for v in (Ellipsis, NotImplemented):
    print(repr(v), v.__reduce__(), v.__reduce_ex__(2))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(v, proto)) is v
    print(copy.copy(v) is v, copy.deepcopy([v])[0] is v)

print(pickle.loads(pickle.dumps(typing.Tuple[int, ...])))
print(pickle.loads(pickle.dumps(collections.abc.Callable[..., int])))

alias = list[int]
r = weakref.ref(alias)
print(r() is alias)
callable_alias = collections.abc.Callable[[int], str]
print(weakref.ref(callable_alias)() is callable_alias)
u = int | str
print(u.__module__, typing.get_args(u))
try:
    weakref.ref(u)
except TypeError as e:
    print(e)
