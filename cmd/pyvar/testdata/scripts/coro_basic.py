# Coroutine objects driven by hand: send, throw, close, the cr_* attributes,
# await on coroutines, on objects with __await__, and on generator-based
# coroutines (CO_ITERABLE_COROUTINE), with CPython's errors.


def run(coro, sends=None):
    """Drive coro to completion, printing each value it yields."""
    v = None
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value
        print("  yield", y)
        v = sends.pop(0) if sends else None


class Fut:
    """A minimal awaitable: yields itself once, returns what is sent."""
    def __init__(self, name):
        self.name = name

    def __await__(self):
        r = yield self.name
        return r

    def __repr__(self):
        return "Fut(%s)" % self.name


async def add(a, b):
    x = await Fut("a")
    y = await Fut("b")
    return (x or a) + (y or b)


async def main():
    r1 = await add(1, 2)
    r2 = await add(10, 20)
    return r1, r2


print("run:", run(main()))
print("sends:", run(add(0, 0), [5, 6]))

# attributes of a coroutine through its life
c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name)
print("before:", c.cr_running, c.cr_await, c.cr_frame.f_lasti, c.cr_origin)
print("first:", c.send(None))
print("suspended:", c.cr_running, c.cr_await.__qualname__, c.cr_frame.f_code.co_name)
print("second:", c.send(7))
try:
    c.send(8)
except StopIteration as e:
    print("done:", e.value, e.args)
print("after:", c.cr_frame, c.cr_await, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()  # closing an exhausted coroutine is quiet


class Outer:
    async def method(self):
        return "m"

    async def nested(self):
        async def inner():
            return 1
        return inner


o = Outer()
c = o.method()
print(c.__qualname__, run(o.nested()).__qualname__)
c.close()
c = o.method()
c.__name__ = "renamed"
c.__qualname__ = "Q.renamed"
print(c.__name__, c.__qualname__)
for bad in (1, None):
    try:
        c.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del c.__qualname__
except TypeError as e:
    print("TypeError:", e)
print(run(c))

# cr_running is True while the coroutine runs
async def running():
    return me.cr_running
me = running()
print("running:", run(me))

# sending a value to a just-started coroutine
c = add(1, 2)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()

# a coroutine is not an iterator, and cannot be iterated
c = add(1, 2)
for f in (iter, next, list):
    try:
        f(c)
    except TypeError as e:
        print("TypeError:", e)
c.close()

# __await__ gives a coroutine_wrapper, which is an iterator
c = add(1, 2)
w = c.__await__()
print(type(w).__name__, iter(w) is w, w.__class__.__doc__)
print(next(w), w.send(3), "|", end=" ")
try:
    w.send(4)
except StopIteration as e:
    print("wrapper done:", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError:", e)
c = add(1, 2)
w = c.__await__()
print(list(w))

# throw into a suspended coroutine, in its three forms
async def catcher():
    while True:
        try:
            await Fut("wait")
        except ValueError as e:
            print("  caught", type(e).__name__, e.args)
        except KeyError:
            return "key"

c = catcher()
c.send(None)
print(c.throw(ValueError))
print(c.throw(ValueError("instance")))
print(c.throw(ValueError, "value"))
print(c.throw(ValueError, ("a", "b")))
print(c.throw(ValueError, ValueError("both")))
try:
    c.throw(KeyError)
except StopIteration as e:
    print("returned", e.value)
for args in [(ValueError("x"), 1), (1,), (ValueError, None, 1), ()]:
    c = catcher()
    c.send(None)
    try:
        c.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
    c.close()

# an unhandled exception thrown in ends the coroutine
c = catcher()
c.send(None)
try:
    c.throw(IndexError("gone"))
except IndexError as e:
    print("IndexError:", e, c.cr_frame)

# close(): GeneratorExit at the await; ignoring it is an error
async def ignoring():
    try:
        await Fut("x")
    except GeneratorExit:
        await Fut("again")

async def cleanup():
    try:
        await Fut("x")
    finally:
        print("  cleanup ran")

c = cleanup()
c.send(None)
print(c.close(), c.cr_frame)
c = ignoring()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
c = cleanup()
c.close()  # never started: nothing runs
print("closed unstarted:", c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# PEP 479: StopIteration raised inside a coroutine
async def stops():
    raise StopIteration("inner")
try:
    run(stops())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)

# await errors
class NoIter:
    def __await__(self):
        return 1

class RetCoro:
    def __await__(self):
        self.c = add(1, 2)
        return self.c

class AwaitNone:
    __await__ = None

async def awaits(x):
    return await x

for x in (1, "s", NoIter(), RetCoro(), AwaitNone(), [1]):
    try:
        run(awaits(x))
    except TypeError as e:
        print("TypeError:", e)
    if isinstance(x, RetCoro):
        x.c.close()

# awaiting the same coroutine twice
async def twice():
    c = add(1, 2)
    print("  first:", await c)
    try:
        await c
    except RuntimeError as e:
        print("  RuntimeError:", e)
run(twice())

# awaiting a coroutine that another coroutine is awaiting
shared = None
async def waiter():
    return await shared

async def both():
    global shared
    shared = add(1, 2)
    w = waiter()
    w.send(None)
    try:
        await shared
    except RuntimeError as e:
        print("  RuntimeError:", e)
    w.close()
run(both())

# a generator-based coroutine (what types.coroutine makes): await accepts it
def gen_sleep(n):
    r = yield ("sleep", n)
    return r

gen_sleep.__code__ = gen_sleep.__code__.replace(co_flags=gen_sleep.__code__.co_flags | 0x100)

async def uses_gen():
    return await gen_sleep(3)

print("gen-based:", run(uses_gen(), ["woke"]))

def plain_gen():
    yield 1

async def uses_plain():
    await plain_gen()
try:
    run(uses_plain())
except TypeError as e:
    print("TypeError:", e)

# yield from a coroutine in a plain generator is an error; in an
# iterable coroutine it delegates
def yf_plain():
    global pending
    pending = add(1, 2)
    yield from pending
try:
    list(yf_plain())
except TypeError as e:
    print("TypeError:", e)
pending.close()

def yf_iterable():
    return (yield from add(1, 2))
yf_iterable.__code__ = yf_iterable.__code__.replace(co_flags=yf_iterable.__code__.co_flags | 0x100)
print("yield from coroutine:", run(yf_iterable()))

# a return value that is a tuple or an exception stays whole in StopIteration
async def ret(v):
    return v
for v in [(1, 2), (), ValueError("e"), None]:
    try:
        ret(v).send(None)
    except StopIteration as e:
        print("StopIteration value:", repr(e.value), e.args)

# flags
print(hex(add.__code__.co_flags), hex(ret.__code__.co_flags & 0x380))
