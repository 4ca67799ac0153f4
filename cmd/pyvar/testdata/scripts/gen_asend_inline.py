# `async for` over async generators: each step (GET_ANEXT, YIELD_FROM) runs
# the generator's frame in the awaiter's eval loop; what Python sees must
# be what the Go path (and CPython) shows.
import types


def drive(coro, sends=()):
    """Run coro to the end, printing what it yields to the driver."""
    sends = list(sends)
    v = None
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value
        print("  driver got", y)
        v = sends.pop(0) if sends else None


@types.coroutine
def pause(x):
    r = yield x
    return r


class Node:
    def __init__(self, l, v, r):
        self.l, self.v, self.r = l, v, r

    async def __aiter__(self):
        if self.l:
            async for x in self.l:
                yield x
        yield self.v
        if self.r:
            async for x in self.r:
                yield x


def build(lo, hi):
    if lo >= hi:
        return None
    m = (lo + hi) // 2
    return Node(build(lo, m), m, build(m + 1, hi))


async def collect(ait):
    out = []
    async for x in ait:
        out.append(x)
    return out


print("tree", drive(collect(build(0, 20))))


# A value an await inside the generator yields passes through to the driver.
async def through():
    for i in range(3):
        got = await pause(("p", i))
        yield i, got


print("through", drive(collect(through()), ["a", "b", "c"]))


# asend values
async def echo():
    x = 0
    while True:
        x = yield x * 10
        if x is None:
            return


async def use_asend():
    g = echo()
    out = [await g.asend(None)]
    for v in (1, 2, 3):
        out.append(await g.asend(v))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        out.append("stop")
    return out


print("asend", drive(use_asend()))


# Exceptions from inside the generator, with the traceback's frames.
async def bad(n):
    yield 1
    if n:
        async for x in bad(n - 1):
            yield x
    raise ValueError("deep %d" % n)


async def catch_bad():
    got = []
    try:
        async for x in bad(2):
            got.append(x)
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return got, str(e), names


print("bad", drive(catch_bad()))


# StopAsyncIteration raised inside becomes RuntimeError.
async def stopper():
    yield 1
    raise StopAsyncIteration


async def catch_stop():
    out = []
    try:
        async for x in stopper():
            out.append(x)
    except RuntimeError as e:
        out.append((str(e), type(e.__cause__).__name__))
    return out


print("stop", drive(catch_stop()))


# ag_running, ag_await and the consumer's cr_await while suspended.
async def watch():
    yield g1.ag_running
    await pause("mid")
    yield g1.ag_running


g1 = watch()


async def watcher():
    out = []
    async for x in g1:
        out.append(x)
    return out


c = watcher()
print("first", c.send(None), g1.ag_running, type(g1.ag_await).__name__, type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("watch", e.value, g1.ag_running, g1.ag_await)


# An awaitable awaited twice, and two consumers at once.
async def two():
    yield 1
    await pause("two")
    yield 2


async def reuse():
    g = two()
    a = g.__anext__()
    r = [await a]
    try:
        await a
    except RuntimeError as e:
        r.append(str(e))
    return r


print("reuse", drive(reuse()))


async def consumer(g, out):
    async for x in g:
        out.append(x)


g = two()
out = []
c1, c2 = consumer(g, out), consumer(g, out)
print("c1", c1.send(None))
try:
    c2.send(None)
except RuntimeError as e:
    print("c2", e)
try:
    c1.send(None)
except StopIteration:
    print("c1 done", out)


# break, then continue with another loop; aclose and athrow afterwards.
async def counter(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  counter finally")


async def partial():
    g = counter(10)
    a = []
    async for x in g:
        a.append(x)
        if x == 2:
            break
    async for x in g:
        a.append(x)
        if x == 5:
            break
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        a.append(repr(e))
    await g.aclose()
    a.append(await collect(g))
    return a


print("partial", drive(partial()))


# Many steps of one generator, each awaitable done before the next.
async def many():
    t = 0
    async for x in counter(1000):
        t += x
    return t


print("many", drive(many()))


# Deep nesting.
async def nest(n):
    if n == 0:
        yield "leaf"
        return
    async for x in nest(n - 1):
        yield (n, x) if n % 10 == 0 else x


print("nest", drive(collect(nest(60))))


# A generator that awaits another async generator's step inside its body.
async def inner():
    yield "i1"
    yield "i2"


async def outer():
    g = inner()
    yield await g.__anext__()
    async for x in g:
        yield x + "!"


print("outer", drive(collect(outer())))


# An exception thrown into the consumer while the generator is suspended
# in a pass-through await.
async def slow():
    try:
        yield 1
        await pause("slow")
        yield 2
    finally:
        print("  slow finally")


async def take():
    out = []
    try:
        async for x in slow():
            out.append(x)
    except ZeroDivisionError:
        out.append("zde")
    return out


c = take()
print("take", c.send(None))
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print("take done", e.value)


# An awaitable Python got hold of (cr_await, gc.get_referents of the
# frame) is never reused for a later step.
import gc


async def three():
    yield 1
    await pause("x")
    yield 2
    await pause("y")
    yield 3
    await pause("z")
    yield 4


out = []
c = consumer(three(), out)
print("three", c.send(None))
aw = c.cr_await
print("three", c.send(None), aw is c.cr_await, type(c.cr_await).__name__)
try:
    aw.send(None)
except RuntimeError as e:
    print("old", e)
refs = [r for r in gc.get_referents(c.cr_frame) if type(r).__name__ == "async_generator_asend"]
aw2 = refs[0]
print("refs", len(refs), aw2 is c.cr_await)
print("three", c.send(None))
try:
    c.send(None)
except StopIteration:
    print("three done", out)
try:
    aw2.send(None)
except RuntimeError as e:
    print("old2", e)
