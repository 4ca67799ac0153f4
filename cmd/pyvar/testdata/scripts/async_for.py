# async for over __aiter__/__anext__ objects and async generators, async
# comprehensions and generator expressions, else clauses, and the errors.


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


class Counter:
    """An async iterator written by hand."""
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick("next %d" % self.i)
        self.i += 1
        return self.i


async def agen(n):
    for i in range(n):
        await Tick("agen %d" % i)
        yield i * 10


async def loops():
    async for x in Counter(2):
        print("  got", x)
    else:
        print("  else ran")
    async for x in agen(3):
        if x == 10:
            continue
        print("  agen got", x)
    async for x in agen(5):
        if x == 20:
            break
    else:
        print("  not printed")
    async for a, b in ZipPairs():
        print("  pair", a, b)
    return "loops done"


class ZipPairs:
    def __aiter__(self):
        self.it = iter([(1, 2), (3, 4)])
        return self

    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration


print(run(loops()))


async def comprehensions():
    print("  list", [x async for x in agen(2)])
    print("  set", {x async for x in agen(2) if x})
    print("  dict", {x: y async for x in agen(2) for y in "ab"})
    print("  nested", [(x, y) async for x in agen(2) async for y in Counter(1)])
    print("  await in comp", [await Tick(x) for x in "pq"])
    g = (x * 2 async for x in agen(3))
    print("  genexp", type(g).__name__, [y async for y in g])
    return "comprehensions done"

print(run(comprehensions()))


# an async generator expression outside async def
def make():
    return (x async for x in Counter(2))

async def consume(g):
    return [x async for x in g]

print(run(consume(make())))


# the exception being handled is restored after the loop ends
import sys
async def keeps_context():
    try:
        raise KeyError("k")
    except KeyError:
        async for _ in Counter(1):
            pass
        print("  exc_info:", repr(sys.exc_info()[1]))
run(keeps_context())


class NoAiter:
    pass

class AiterNoAnext:
    def __aiter__(self):
        return 1

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

class AnextRaises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from anext")

class SyncAiter:
    def __aiter__(self):
        return self
    def __anext__(self):
        raise StopAsyncIteration


async def iterate(obj):
    out = []
    async for x in obj:
        out.append(x)
    return out

for obj in (NoAiter(), AiterNoAnext(), AnextNotAwaitable(), AnextRaises(), [1, 2], SyncAiter()):
    try:
        print(run(iterate(obj)))
    except (TypeError, ValueError) as e:
        print(type(obj).__name__, type(e).__name__ + ":", e, repr(e.__cause__))


# a StopAsyncIteration-like exception subclass also ends the loop
class MyStop(StopAsyncIteration):
    pass

class Stops:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise MyStop

print(run(iterate(Stops())))


# async for inside try/finally with return
async def ret_in_loop():
    try:
        async for x in agen(3):
            if x == 10:
                return x
    finally:
        print("  finally")
print(run(ret_in_loop()))
