# Calling a weak reference to a finished generator, coroutine or async
# generator runs a collection first (at most once per cycle of Go's
# collector): the other finished ones nothing reaches are found dead, as
# CPython frees them when their consumer drops them (asyncio's
# first-iteration hook keeps such references to every async generator).
import weakref


async def ag(n):
    for i in range(n):
        yield i


def gen():
    yield 1


refs = []


async def main():
    for i in range(100):
        g = ag(2)
        refs.append(weakref.ref(g))
        async for x in g:
            pass
    del g


c = main()
try:
    c.send(None)
except StopIteration:
    pass
print("finished, unreachable:", sum(r() is not None for r in refs) <= 1)

# a finished generator still referenced stays alive
keep = gen()
list(keep)
r = weakref.ref(keep)
print("finished, kept:", r() is keep)

# suspended and unstarted generators are not touched
live = [gen() for i in range(5)]
next(live[0])
lrefs = [weakref.ref(g) for g in live]
print("live:", all(r() is g for r, g in zip(lrefs, live)))
del live
