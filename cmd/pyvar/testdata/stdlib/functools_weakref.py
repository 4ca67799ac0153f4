# functools.partial objects and lru_cache wrappers take weak references.
import functools, weakref, gc
p = functools.partial(max, 1)
r = weakref.ref(p)
print(r() is p, r()(5))
@functools.lru_cache
def f(x):
    return x * 2
w = weakref.ref(f)
print(w() is f, w()(4))
class P(functools.partial):
    pass
print(weakref.ref(P(min, 3))().__class__.__name__ if False else weakref.ref(P(min, 3)) is not None)
del p
gc.collect()
print(r())
