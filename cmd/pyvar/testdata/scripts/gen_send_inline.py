# yield from and await of a generator or coroutine run its frame in the
# delegating frame's eval loop: values, results, exceptions, throw(),
# close() and the recursion limit must be as when it is resumed from Go.
import sys
import traceback


def show(e):
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")


def leaf(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print(" leaf got", got)
    return "leaf%d" % n


def middle():
    r1 = yield from leaf(2)
    r2 = yield from leaf(1)
    return r1 + r2


def top():
    r = yield from middle()
    print(" top got", r)
    yield r


# FOR_ITER over a chain, list() (Go) over a chain, send() through it.
for x in top():
    print("for", x)
print(list(top()))
g = top()
print(next(g), g.send("a"), g.send("b"), g.send("c"))
print("yieldfrom:", g.gi_yieldfrom, g.gi_frame.f_lasti >= 0)
print(next(g, "end"))

# Where a delegated-to generator raises: tracebacks through every level.
def bad_leaf():
    yield 1
    raise KeyError("deep")


def relay():
    yield from bad_leaf()


for make in (relay, lambda: (x for x in relay())):
    try:
        for x in make():
            print("got", x)
    except KeyError as e:
        show(e)

# StopIteration raised in a delegated-to generator and coroutine.
def stopper():
    yield 1
    raise StopIteration("s")


def outer_stop():
    try:
        yield from stopper()
    except RuntimeError as e:
        print(" outer caught", repr(e), repr(e.__cause__))
        yield "recovered"


print(list(outer_stop()))

# f_back and gi_running while a delegated generator runs.
def inspector():
    f = sys._getframe()
    yield f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name


def host():
    yield from inspector()


h = host()
print(list(h), h.gi_running)

# throw() and close() into a chain suspended after running inline.
def catcher():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print(" catcher caught", repr(e))
        yield "after throw"
    finally:
        print(" catcher finally")


def chain():
    try:
        r = yield from catcher()
    finally:
        print(" chain finally")


c = chain()
for x in c:
    print("chain gives", x)
    if x == 1:
        print("throw ->", c.throw(ValueError("v")))
c = chain()
print(next(c))
c.close()
print("closed", c.gi_frame)
c = chain()
print(next(c))
try:
    c.throw(TypeError("t"))
except TypeError as e:
    show(e)

# Coroutines awaiting coroutines, driven by send(None).
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def leaf_coro(x):
    if x < 0:
        raise ValueError("negative %d" % x)
    return x * 2


async def mid_coro(x):
    a = await leaf_coro(x)
    b = await Suspend()
    return a + b


async def main_coro():
    total = 0
    for i in range(3):
        total += await mid_coro(i)
    try:
        await mid_coro(-1)
    except ValueError as e:
        print(" main caught", repr(e))
        show(e)
    return total


co = main_coro()
v = co.send(None)
n = 0
try:
    while True:
        print("suspended with", v, co.cr_await is not None)
        n += 10
        v = co.send(n)
except StopIteration as e:
    print("result", e.value)


async def raises_stop():
    raise StopIteration("c")


async def awaits_stop():
    await raises_stop()


try:
    awaits_stop().send(None)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

# Awaiting a finished coroutine, and a coroutine awaited twice.
async def once():
    return 1


async def twice():
    c = once()
    print(" first", await c)
    await c


try:
    twice().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# Deep chains of yield from: each level counts one level of recursion.
def deep(n):
    if n:
        r = yield from deep(n - 1)
        return r + 1
    yield "bottom"
    return 0


def overflow(limit, n):
    sys.setrecursionlimit(limit)
    try:
        g = deep(n)
        v = list(g)
        return "no error", v
    except RecursionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        return len(tb), str(e)
    finally:
        sys.setrecursionlimit(1000)


print(overflow(80, 40), overflow(80, 100))


def deep_result(n):
    r = yield from deep(n)
    yield r


print(list(deep_result(30)))
