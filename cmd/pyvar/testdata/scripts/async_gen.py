# Async generators: asend/athrow/aclose and their awaitables, __anext__,
# the ag_* attributes, aiter()/anext(), and CPython's errors.


def run(coro):
    v = None
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value
        print("  yield", y)


class Tick:
    def __init__(self, what):
        self.what = what

    def __await__(self):
        return (yield self.what)


async def gen():
    try:
        x = yield 1
        print("  gen received", x)
        await Tick("inside gen")
        y = yield 2
        print("  gen received", y)
    except ValueError as e:
        print("  gen caught", repr(e))
        yield "after ValueError"
    finally:
        print("  gen finally")


def step(aw):
    """One send(None) into an awaitable, reporting how it ended."""
    try:
        r = aw.send(None)
        return "yielded %r" % (r,)
    except StopIteration as e:
        return "StopIteration(%r)" % (e.value,)
    except StopAsyncIteration as e:
        return "StopAsyncIteration"
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


g = gen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name)
print("before:", g.ag_running, g.ag_await, g.ag_frame.f_lasti)
a = g.__anext__()
print(type(a).__name__, a.__await__() is a, iter(a) is a)
print(step(a))
print(step(a))
a = g.asend("hello")
print(step(a), "| ag_running:", g.ag_running, "| ag_await:", type(g.ag_await).__name__)
print(step(a), "| ag_running:", g.ag_running)
print(step(a))
print(step(g.asend("v")))
print(step(g.__anext__()))
print("after:", g.ag_frame, g.ag_await)

# asend of a non-None value into a just-started generator
g = gen()
print(step(g.asend(5)))

# athrow: in the generator, caught or not
g = gen()
print(step(g.__anext__()))
t = g.athrow(ValueError("thrown"))
print(type(t).__name__, step(t))
print(step(t))
print(step(g.athrow(KeyError)))
print(step(g.athrow(KeyError)))
g = gen()
print(step(g.athrow(KeyError, KeyError("unstarted"))))

# aclose
g = gen()
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
print(step(c))
print(step(g.aclose()), step(g.__anext__()))

async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = ignores_exit()
print(step(g.__anext__()))
print(step(g.aclose()))

async def awaits_in_finally():
    try:
        yield 1
    finally:
        await Tick("cleanup")
        print("  cleaned up")

g = awaits_in_finally()
print(step(g.__anext__()))
c = g.aclose()
print(step(c), step(c))

# reusing an awaitable
g = gen()
a = g.__anext__()
print(step(a), step(a))
a.close()
print(step(a))
t = g.aclose()
t.close()
print(step(t))

# anext while another anext is running
async def reentrant():
    await Tick("pause")
    yield 1

g = reentrant()
a1 = g.__anext__()
print(step(a1))
print(step(g.__anext__()), step(g.aclose()), step(g.athrow(ValueError)))
print(step(a1))

# StopIteration / StopAsyncIteration raised inside
async def raises(exc):
    yield 1
    raise exc

for exc in (StopIteration, StopAsyncIteration, ValueError):
    g = raises(exc)
    g.__anext__().send(None) if False else step(g.__anext__())
    a = g.__anext__()
    try:
        a.send(None)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))

# async for and async comprehensions over them
async def main():
    print("  list:", [x async for x in gen()])
    it = aiter(gen())
    print("  aiter is self:", it is aiter(it))
    print("  anext:", await anext(it))
    print("  anext default:", await anext(it, "d"), await anext(it, "d"), await anext(it, "d"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("  StopAsyncIteration")
    return "main done"
print(run(main()))

for bad in (1, [1]):
    for f in (aiter, anext):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError:", e)

class BadAiter:
    def __aiter__(self):
        return 1
try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)

# anext with a default on a hand-written async iterator
class Once:
    def __init__(self):
        self.done = False
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.done:
            raise StopAsyncIteration
        self.done = True
        return "once"

async def with_default():
    o = Once()
    return await anext(o, "dflt"), await anext(o, "dflt")
print(run(with_default()))

aw = anext(Once(), 0)
print(type(aw).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("anext_awaitable StopIteration:", e.value)

# attributes
g = gen()
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
for name in ("send", "throw", "close", "__next__", "__iter__", "__await__"):
    print(name, hasattr(g, name), hasattr(g.__anext__(), name), hasattr(g.aclose(), name))
print(hex(gen.__code__.co_flags))
