def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "done"

g = gen(3)
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def deleg():
    r = yield from gen(2)
    print("result", r)
    yield "after"
print(list(deleg()))

print(sum(x * x for x in range(5)))
print([x for x in range(4) if x % 2])
print({k: v for k, v in zip("ab", range(2))})
print({x % 3 for x in range(10)})

def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 2
    yield 3

t = thrower()
print(next(t))
print(t.throw(ValueError("boom")))
print(next(t))
t.close()

def closer():
    try:
        yield 1
    finally:
        print("closed")
c = closer()
next(c)
c.close()
print(c.gi_frame)

def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print(e)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
g2 = (i for i in range(3))
print(g2.__name__, g2.__qualname__)
print(list(g2), list(g2))
