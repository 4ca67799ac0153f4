# The end of an `async for` (StopAsyncIteration, END_ASYNC_FOR) gives the
# frames its traceback held back; frames that Python holds stay intact.
import sys

async def agen(n, frames):
    frames.append(sys._getframe())
    for i in range(n):
        yield i

async def walk(depth, frames):
    total = 0
    if depth:
        async for x in agen(3, frames):
            total += x + await walk(depth - 1, frames)
    frames.append(sys._getframe())
    return total

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

frames = []
print(run(walk(4, frames)))
print(len(frames), sorted({(f.f_code.co_name, f.f_lineno) for f in frames}))
print(sorted(f.f_locals.get("depth", -1) for f in frames if f.f_code.co_name == "walk")[:10])

# Frame churn after the loops: the held frames keep their values.
def churn(n):
    return n if n < 2 else churn(n - 1) + churn(n - 2)
churn(15)
print(sorted({f.f_locals.get("n", -1) for f in frames if f.f_code.co_name == "agen"}))

# An exception inside the loop body, after an exhausted inner loop.
async def failing():
    async for x in agen(2, []):
        pass
    async for x in agen(2, []):
        raise KeyError(x)
try:
    run(failing())
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("KeyError", e, names)

# StopAsyncIteration raised by the body of an async generator is a
# RuntimeError; a StopAsyncIteration from __anext__ of a class ends the loop.
class It:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration("done")
        return self.i
async def useit():
    r = []
    async for x in It():
        r.append(x)
    return r, sys.exc_info()
print(run(useit()))
async def bad():
    yield 1
    raise StopAsyncIteration
async def usebad():
    async for x in bad():
        pass
try:
    run(usebad())
except RuntimeError as e:
    print("RuntimeError", e)
