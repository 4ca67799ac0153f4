async def co():
    return 1
try:
    c = co()
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
except Exception as e:
    print(type(e).__name__)
def gen():
    yield 1
    return 2
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("ret", e.value)
