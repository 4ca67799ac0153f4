# contextlib's async tools (asynccontextmanager, AsyncExitStack, aclosing,
# nullcontext) and contextvars across asyncio tasks: each task runs in a
# copy of its creator's context; Context.run and call_soon(context=...).
import asyncio
import contextlib
import contextvars

trace = []
request = contextvars.ContextVar("request", default="none")


@contextlib.asynccontextmanager
async def resource(name, fail_exit=False):
    trace.append("open " + name)
    try:
        yield name.upper()
    except KeyError as e:
        trace.append("handled " + repr(e))
    finally:
        await asyncio.sleep(0)
        trace.append("close " + name)


class Manual:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        trace.append("enter " + self.name)
        return self

    async def __aexit__(self, *exc):
        trace.append("exit %s %s" % (self.name, exc[0] and exc[0].__name__))
        return False


async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        trace.append("ticker closed")


async def contextlib_demo():
    async with resource("a") as a, resource("b") as b:
        trace.append("body %s %s" % (a, b))
    async with resource("c"):
        raise KeyError("swallowed")
    try:
        async with resource("d"):
            raise ValueError("escapes")
    except ValueError as e:
        trace.append("escaped " + str(e))
    print("\n".join(trace))
    del trace[:]

    async with contextlib.AsyncExitStack() as stack:
        m1 = await stack.enter_async_context(Manual("m1"))
        stack.push_async_callback(lambda x: asyncio.sleep(0, trace.append("callback " + x)), "cb")
        r = await stack.enter_async_context(resource("r"))
        stack.callback(trace.append, "sync callback")
        trace.append("in stack " + m1.name + " " + r)
    print("\n".join(trace))
    del trace[:]

    async with contextlib.aclosing(ticker(5)) as t:
        async for x in t:
            if x == 1:
                break
    async with contextlib.nullcontext("null") as n:
        trace.append(n)
    print(trace)

    @resource("decorated")
    async def decorated():
        trace.append("inside decorated")
    del trace[:]
    await decorated()  # AsyncContextDecorator (new in 3.10)
    print(trace)


async def handler(name):
    request.set(name)
    await asyncio.sleep(0)
    inner = await asyncio.create_task(child())
    return name, request.get(), inner


async def child():
    seen = request.get()
    request.set("child of " + seen)
    return seen, request.get()


async def contextvars_demo():
    request.set("main")
    results = await asyncio.gather(handler("h1"), handler("h2"))
    print("tasks:", results, "| main still:", request.get())
    ctx = contextvars.copy_context()
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    ctx.run(request.set, "in ctx")
    loop.call_soon(lambda: done.set_result(request.get()), context=ctx)
    print("call_soon context:", await done, "| ctx:", ctx[request])
    t = asyncio.create_task(child())
    print("child of main:", await t, request.get())


async def main():
    await contextlib_demo()
    await contextvars_demo()


asyncio.run(main())
