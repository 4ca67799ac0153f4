# asyncio.run with tasks, gather, sleep, queues, locks, events, semaphores,
# conditions, timeouts (wait_for), exceptions and cancellation, shield,
# as_completed, call_soon/call_later, futures and task introspection.
import asyncio

log = []


async def worker(name, q, results):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return name
        await asyncio.sleep(0)
        results.append((name, item * item))
        q.task_done()


async def queue_demo():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker("w%d" % i, q, results), name="worker-%d" % i) for i in range(3)]
    for i in range(9):
        await q.put(i)
    for _ in workers:
        await q.put(None)
    await q.join()
    names = await asyncio.gather(*workers)
    print("queue:", sorted(results), names, q.empty(), q.qsize())
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        pq.put_nowait((x, str(x)))
    print("priority:", [pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue(maxsize=2)
    await lq.put(1)
    await lq.put(2)
    print("lifo full:", lq.full(), await lq.get(), await lq.get())
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


async def locked(lock, name, order):
    async with lock:
        order.append(name + " in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        order.append(name + " out")


async def sync_demo():
    lock = asyncio.Lock()
    order = []
    await asyncio.gather(*(locked(lock, n, order) for n in "abc"))
    print("lock:", order, lock.locked())

    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event set?", ev.is_set(), [t.done() for t in tasks])
    ev.set()
    print("event:", await asyncio.gather(*tasks))

    sem = asyncio.Semaphore(2)
    active = []
    peak = []
    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("semaphore peak:", max(peak))

    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append("made")
        cond.notify()
    print("condition:", await c)


async def slow(x, delay=10):
    try:
        await asyncio.sleep(delay)
        return x
    except asyncio.CancelledError:
        log.append("slow %s cancelled" % x)
        raise


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def errors_demo():
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out:", log[-1])
    print("wait_for ok:", await asyncio.wait_for(slow(2, 0), timeout=5))

    try:
        await asyncio.gather(fail("one"), slow(3, 0))
    except ValueError as e:
        print("gather raised:", e)
    res = await asyncio.gather(fail("two"), slow(4, 0), return_exceptions=True)
    print("gather results:", [repr(r) for r in res])

    t = asyncio.create_task(slow(5))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", t.cancelled(), e.args, log[-1])

    inner = asyncio.create_task(slow(6, 0))
    print("shield:", await asyncio.shield(inner))

    t = asyncio.create_task(fail("three"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("task exception:", t.done(), repr(t.exception()))


async def misc_demo():
    loop = asyncio.get_running_loop()
    calls = []
    loop.call_soon(calls.append, "soon1")
    loop.call_later(0.001, calls.append, "later")
    loop.call_soon(calls.append, "soon2")
    h = loop.call_soon(calls.append, "cancelled")
    h.cancel()
    await asyncio.sleep(0.05)
    print("callbacks:", calls)

    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print("future:", await fut, fut.done(), fut.result())
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: calls.append(("done", f.result())))
    fut2.set_result("x")
    await asyncio.sleep(0)
    print("done callback:", calls[-1])

    async def delayed(i):
        await asyncio.sleep(0.01 * i)
        return i
    out = []
    for f in asyncio.as_completed([delayed(3), delayed(1), delayed(2)]):
        out.append(await f)
    print("as_completed:", out)

    done, pending = await asyncio.wait([asyncio.create_task(delayed(0)), asyncio.create_task(delayed(5))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print("wait:", len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()

    me = asyncio.current_task()
    print("current task:", me.get_name(), asyncio.iscoroutine(me.get_coro()), asyncio.isfuture(me))
    t = asyncio.create_task(asyncio.sleep(0), name="sleeper")
    print("task name:", t.get_name(), t in asyncio.all_tasks())
    await t
    print("iscoroutinefunction:", asyncio.iscoroutinefunction(delayed), asyncio.iscoroutinefunction(print))
    r = await asyncio.sleep(0, result="slept")
    print("sleep result:", r)


async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append("agen %d closed" % n)


async def async_gen_demo():
    print("async for:", [x async for x in agen(3)])
    g = agen(10)
    async for x in g:
        if x == 2:
            break
    await g.aclose()
    print("aclose:", log[-1])
    left_open = agen(5)
    print("first:", await left_open.__anext__())
    return left_open  # closed by asyncio.run's shutdown_asyncgens


async def main():
    await queue_demo()
    await sync_demo()
    await errors_demo()
    await misc_demo()
    return await async_gen_demo()


g = asyncio.run(main())
print("after run:", log[-1], g.ag_frame)
print(asyncio.run(asyncio.sleep(0, result="again")))
try:
    asyncio.run(fail("at top"))
except ValueError as e:
    print("run raised:", e)
