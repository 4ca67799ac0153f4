async def f(aiter, xs):
    a = [x async for x in aiter]
    b = [await x for x in xs]
    c = (x async for x in aiter)
    d = {x: y async for x, y in aiter}
    return a, b, c, d
