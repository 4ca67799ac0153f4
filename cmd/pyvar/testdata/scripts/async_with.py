# async with: __aenter__/__aexit__ awaited, exceptions passed to __aexit__
# and suppressed by a true result, CPython's errors for bad managers.


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


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, typ, val, tb):
        await Tick("exit " + self.name)
        print("  __aexit__", self.name, typ and typ.__name__, val, tb is not None)
        return self.suppress


async def body(fail, suppress):
    async with Manager("a", suppress) as a, Manager("b") as b:
        print("  inside", a, b)
        if fail:
            raise ValueError("in body")
        return "returned from body"
    return "after with"


print(run(body(False, False)))
print(run(body(True, True)))
try:
    run(body(True, False))
except ValueError as e:
    print("ValueError:", e)


# break/continue/return inside async with in a loop
async def loop():
    out = []
    for i in range(4):
        async with Manager(str(i)):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
print(run(loop()))


# the exception being handled inside and after
import sys
async def handled():
    try:
        raise KeyError("outer")
    except KeyError:
        async with Manager("h", True):
            print("  exc_info in body:", sys.exc_info()[1])
            raise IndexError("inner")
        print("  exc_info after:", repr(sys.exc_info()[1]))
run(handled())


class NoEnter:
    async def __aexit__(self, *a):
        pass

class NoExit:
    async def __aenter__(self):
        pass

class SyncEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class SyncExit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 2

class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class BadAwait:
    def __await__(self):
        return 5

class EnterBadAwait:
    def __aenter__(self):
        return BadAwait()
    async def __aexit__(self, *a):
        pass


async def use(m, fail=False):
    async with m:
        if fail:
            raise ValueError
        return "ok"

for m, fail in [(NoEnter(), False), (NoExit(), False), (SyncEnter(), False), (SyncExit(), False),
                (SyncExit(), True), (SyncCM(), False), (EnterBadAwait(), False), (1, False)]:
    try:
        print(run(use(m, fail)))
    except (TypeError, AttributeError) as e:
        print(type(m).__name__, type(e).__name__ + ":", e)


# a with statement (not async) inside a coroutine, and async with in a
# method, nested in try/finally
class Sync:
    def __enter__(self):
        print("  sync enter")
        return self
    def __exit__(self, *a):
        print("  sync exit", a[0])

class Holder:
    async def work(self):
        try:
            with Sync():
                async with Manager("m"):
                    await Tick("working")
                    raise OSError("oops")
        except OSError as e:
            return "handled " + str(e)
        finally:
            print("  finally")

print(run(Holder().work()))
