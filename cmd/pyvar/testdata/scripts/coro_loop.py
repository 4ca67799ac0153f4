# A tiny event loop written in Python drives coroutines the way asyncio
# does: tasks stepped with send() and throw(), futures awaited through
# __await__, a virtual clock for sleep, gather, cancellation, timeouts.


class CancelledError(BaseException):
    pass


class TimeoutError_(Exception):
    pass


class Future:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result = None
        self.exc = None
        self.callbacks = []

    def set_result(self, v):
        if not self.done:
            self.done, self.result = True, v
            self._schedule()

    def set_exception(self, e):
        if not self.done:
            self.done, self.exc = True, e
            self._schedule()

    def _schedule(self):
        for cb in self.callbacks:
            self.loop.call_soon(cb, self)
        self.callbacks = []

    def __await__(self):
        if not self.done:
            yield self
        if self.exc is not None:
            raise self.exc
        return self.result


class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(loop)
        self.coro = coro
        self.name = name
        self.cancelling = False
        loop.call_soon(self.step)

    def cancel(self):
        if not self.done:
            self.cancelling = True
            self.loop.call_soon(self.step)

    def step(self, _=None, exc=None):
        if self.done:
            return
        try:
            if self.cancelling:
                self.cancelling = False
                fut = self.coro.throw(CancelledError("cancelled " + self.name))
            else:
                fut = self.coro.send(None)
        except StopIteration as e:
            self.set_result(e.value)
        except CancelledError as e:
            self.set_exception(e)
        except Exception as e:
            self.set_exception(e)
        else:
            fut.callbacks.append(self.step)


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []
        self.seq = 0

    def call_soon(self, fn, *args):
        self.ready.append((fn, args))

    def call_later(self, delay, fn, *args):
        self.seq += 1
        self.timers.append((self.now + delay, self.seq, fn, args))
        self.timers.sort(key=lambda t: t[:2])

    def create_task(self, coro, name="task"):
        return Task(self, coro, name)

    def run(self, coro):
        main = self.create_task(coro, "main")
        while not main.done:
            if not self.ready:
                t, _, fn, args = self.timers.pop(0)
                self.now = t
                self.ready.append((fn, args))
            ready, self.ready = self.ready, []
            for fn, args in ready:
                fn(*args)
        if main.exc is not None:
            raise main.exc
        return main.result


loop = Loop()


def sleep(delay, value=None):
    f = Future(loop)
    loop.call_later(delay, f.set_result, value)
    return f


async def gather(*aws):
    tasks = [loop.create_task(a, "g%d" % i) for i, a in enumerate(aws)]
    return [await t for t in tasks]


async def wait_for(aw, timeout):
    task = loop.create_task(aw, "wait_for")
    timer = Future(loop)
    loop.call_later(timeout, timer.set_result, "timeout")
    done = Future(loop)
    task.callbacks.append(lambda f: done.set_result("task"))
    timer.callbacks.append(lambda f: done.set_result("timer"))
    which = await done
    if which == "timer" and not task.done:
        task.cancel()
        try:
            await task
        except CancelledError:
            pass
        raise TimeoutError_("timed out after %d" % timeout)
    return await task


log = []


async def worker(name, delays):
    total = 0
    for d in delays:
        await sleep(d)
        total += d
        log.append((loop.now, name))
    return name, total


async def failing():
    await sleep(1)
    raise ValueError("worker failed")


async def cleanup_on_cancel():
    try:
        await sleep(100)
    except CancelledError as e:
        log.append(("cancelled", str(e)))
        await sleep(1)
        log.append(("cleaned up at", loop.now))
        raise
    finally:
        log.append("finally")


class Queue:
    def __init__(self):
        self.items = []
        self.getters = []

    def put(self, item):
        if self.getters:
            self.getters.pop(0).set_result(item)
        else:
            self.items.append(item)

    async def get(self):
        if self.items:
            return self.items.pop(0)
        f = Future(loop)
        self.getters.append(f)
        return await f


async def producer(q, n):
    for i in range(n):
        await sleep(2)
        q.put(i)
    q.put(None)


async def consumer(q):
    got = []
    while True:
        item = await q.get()
        if item is None:
            return got
        got.append((loop.now, item))


class Lock:
    def __init__(self):
        self.locked = False
        self.waiters = []

    async def __aenter__(self):
        while self.locked:
            f = Future(loop)
            self.waiters.append(f)
            await f
        self.locked = True

    async def __aexit__(self, *exc):
        self.locked = False
        if self.waiters:
            self.waiters.pop(0).set_result(None)


async def critical(lock, name):
    async with lock:
        log.append(("enter", name, loop.now))
        await sleep(3)
        log.append(("leave", name, loop.now))


async def ticker(n):
    for i in range(n):
        await sleep(1)
        yield i


async def main():
    print("gather:", await gather(worker("a", [1, 2]), worker("b", [2, 2]), worker("c", [5])))
    print("log:", log)
    try:
        await gather(worker("d", [1]), failing())
    except ValueError as e:
        print("gather error:", e)
    t = loop.create_task(cleanup_on_cancel(), "victim")
    await sleep(1)
    t.cancel()
    try:
        await t
    except CancelledError as e:
        print("task cancelled:", e)
    print("log:", log[-3:])
    print("wait_for ok:", await wait_for(worker("e", [1]), 5))
    try:
        await wait_for(worker("f", [10]), 3)
    except TimeoutError_ as e:
        print("wait_for:", e, "at", loop.now)
    q = Queue()
    p = loop.create_task(producer(q, 3))
    print("queue:", await consumer(q))
    await p
    lock = Lock()
    del log[:]
    await gather(critical(lock, 1), critical(lock, 2), critical(lock, 3))
    print("lock:", log)
    print("ticks:", [(i, loop.now) async for i in ticker(3)])
    return "main done at %d" % loop.now


print(loop.run(main()))
