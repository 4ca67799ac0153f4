# __name__ and __qualname__ of generators, coroutines and async generators:
# the code's names unless the function was renamed before the call, or the
# attribute was set; reprs and the never-awaited warning show them.
import gc
import warnings


def gen():
    yield 1


class K:
    def method(self):
        yield 2

    async def coro(self):
        return 3

    async def agen(self):
        yield 4


def short(r):
    return r.split(" at ")[0]


g = gen()
print(g.__name__, g.__qualname__, g.__name__ is g.__name__, short(repr(g)))
m = K().method()
print(m.__name__, m.__qualname__, short(repr(m)))
c = K().coro()
print(c.__name__, c.__qualname__, short(repr(c)))
c.close()
a = K().agen()
print(a.__name__, a.__qualname__, short(repr(a)))

gen.__name__ = "renamed"
gen.__qualname__ = "Outer.renamed"
r = gen()
print(r.__name__, r.__qualname__, short(repr(r)), next(r))
gen.__name__ = "gen"
print(gen().__name__, r.__name__)

r.__name__ = "set_name"
r.__qualname__ = "Set.qual"
print(r.__name__, r.__qualname__, short(repr(r)), gen.__qualname__)
try:
    r.__name__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    del r.__qualname__
except TypeError as e:
    print("TypeError", e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    K.coro.__qualname__ = "K.renamed_coro"
    K().coro()
    gc.collect()
    print([str(x.message) for x in w])

for i in range(3):
    x = K().method()
    x.__name__ = "n%d" % i
    print(x.__name__, x.__qualname__, list(x))
