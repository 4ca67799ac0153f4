# tuple(generator) gathers into a reusable buffer: nested and failing
# collections, sizes around the buffer's limit and empty generators.
import sys

def gen(n):
    for i in range(n):
        yield i * i

for n in (0, 1, 2, 7, 8, 9, 100, 4096, 4097, 10000):
    t = tuple(gen(n))
    print(n, len(t), t[:3], t[-2:], sum(t))

# A tuple(...) inside the generator that feeds another.
print(tuple(tuple(x for x in range(i)) for i in range(5)))
print(tuple(len(tuple(gen(i))) + i for i in range(6)))

def failing(n):
    yield from range(n)
    raise KeyError(n)
for n in (0, 5, 5000):
    try:
        tuple(failing(n))
    except KeyError as e:
        print("KeyError", e)
    print(tuple(gen(4)))

# The tuples are new objects, and keep their items after later collections.
a = tuple(x for x in "abc")
b = tuple(x for x in "xyz")
print(a, b, a is b, type(a))

class T(tuple):
    pass
print(T(x for x in range(3)), type(T(x for x in range(3))).__name__)

# A generator that is already running, or finished.
def selfref():
    yield tuple(g)
g = selfref()
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
g2 = gen(3)
list(g2)
print(tuple(g2))

# cr_origin lives beside a coroutine's names.
async def coro():
    pass
sys.set_coroutine_origin_tracking_depth(2)
c = coro()
print(c.cr_origin is not None, len(c.cr_origin), c.cr_origin[0][2], c.__name__, c.__qualname__)
c.__name__ = "renamed"
print(c.__name__, c.cr_origin[0][2])
c.close()
sys.set_coroutine_origin_tracking_depth(0)
c = coro()
print(c.cr_origin, c.__qualname__)
c.close()
