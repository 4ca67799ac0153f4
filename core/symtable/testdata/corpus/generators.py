def gen():
    x = yield 1
    yield from range(x)
async def co(a):
    await a
    async for i in a:
        pass
    async with a as b:
        pass
    return [i async for i in a]
async def co2(a):
    return [await x for x in a]
