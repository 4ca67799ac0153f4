# Tracebacks through chains of awaits, and f_back of a suspended and of a
# running coroutine's frame.
import sys


def run(coro):
    v = None
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value
        v = y


class Tick:
    def __await__(self):
        return (yield "tick")


def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


async def leaf(n):
    await Tick()
    if n == 0:
        raise ValueError("leaf failed")
    return await leaf(n - 1)


async def middle():
    try:
        await leaf(2)
    except ValueError as e:
        print("caught in middle:", frames(e.__traceback__))
        raise KeyError("from middle") from e


async def top():
    await middle()


try:
    run(top())
except KeyError as e:
    print("caught at top:", frames(e.__traceback__))
    print("cause:", repr(e.__cause__), frames(e.__cause__.__traceback__))


# f_back while running is the caller's frame; once suspended it is gone
async def who_called():
    f = sys._getframe(0)
    print("running:", f.f_code.co_name, "<-", f.f_back.f_code.co_name)
    await Tick()
    return f

def driver():
    c = who_called()
    c.send(None)
    print("suspended f_back:", c.cr_frame.f_back)
    return c
c = driver()
try:
    c.send(None)
except StopIteration as e:
    print("finished frame:", e.value.f_code.co_name)


# a throw() into a chain of awaits unwinds through each coroutine
async def deep(n):
    if n == 0:
        await Tick()
    else:
        await deep(n - 1)

c = deep(2)
c.send(None)
try:
    c.throw(OSError("thrown"))
except OSError as e:
    print("thrown through:", frames(e.__traceback__))

# frames reached through a traceback or cr_frame outlive their coroutine,
# even when many other coroutines run (and finish) afterwards
saved_tb = None
async def fails():
    await Tick()
    raise LookupError("kept")
try:
    run(fails())
except LookupError as e:
    saved_tb = e.__traceback__
c = who_called()
held = c.cr_frame
c.send(None)
try:
    c.send(None)
except StopIteration:
    pass
async def fine(i):
    await Tick()
    return [i]
for i in range(200):
    run(fine(i))
print("kept traceback:", frames(saved_tb), saved_tb.tb_next.tb_frame.f_locals)
print("kept cr_frame:", held.f_code.co_name, held.f_lineno, sorted(held.f_locals))

def gen():
    x = 1
    yield x
g = gen()
gf = g.gi_frame
print(list(g), g.gi_frame, gf.f_code.co_name, gf.f_locals)

# an exception re-raised after (async) with's __exit__ returned False keeps
# the traceback it had when the with caught it, even though __exit__ threw
# it into a generator (which added that generator's frames to it)
def gen_cm():
    yield

class ThrowingExit:
    def __init__(self):
        self.g = gen_cm()
        next(self.g)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        try:
            self.g.throw(t, v, tb)
        except BaseException as e:
            if e is not v:
                raise
            return False

    async def __aenter__(self):
        return self

    async def __aexit__(self, t, v, tb):
        return self.__exit__(t, v, tb)

try:
    with ThrowingExit():
        1/0
except ZeroDivisionError as e:
    print("with:", frames(e.__traceback__))

async def uses_async_with():
    try:
        async with ThrowingExit():
            1/0
    except ZeroDivisionError as e:
        print("async with:", frames(e.__traceback__))
run(uses_async_with())

async def agen_reraise():
    async def ag():
        yield 1
        raise KeyError("in agen")
    try:
        async for x in ag():
            pass
    except KeyError as e:
        print("async for:", frames(e.__traceback__))
run(agen_reraise())

run(top())
