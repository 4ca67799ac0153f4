import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    async with x as y:
        pass
    async for z in x:
        print(z)
    return [a async for a in x]

async def agen():
    yield 1
    await fetch(2)
