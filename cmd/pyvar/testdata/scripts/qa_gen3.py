# generator-related edge semantics
def g():
    yield 1
    yield 2
it = g()
print(next(it))
print([x for x in it])
# generator that yields inside try/except catching StopIteration from next() on exhausted inner
def chain(*iters):
    for i in iters:
        yield from i
print(list(chain([1], (2, 3), "ab", range(2), {9: 0})))
# recursive generator
def tree(n):
    if n:
        yield n
        yield from tree(n - 1)
        yield -n
print(list(tree(3)))
# generator throwing StopIteration via return inside nested generator
def inner():
    return 42
    yield
def outer():
    v = yield from inner()
    yield v
print(list(outer()))
# yield from a generator that is already running -> ValueError
def selfy():
    yield from me2
me2 = selfy()
try:
    next(me2)
except ValueError as e:
    print("ValueError", e)
# exceptions thrown into yield-from chain reach the innermost
def deepest():
    try:
        yield "d"
    except KeyError:
        yield "deepest handled"
def middle():
    yield from deepest()
def top():
    yield from middle()
t = top(); next(t); print(t.throw(KeyError))
# close on yield-from chain runs finally in order
def l3():
    try:
        yield 1
    finally:
        print("l3 finally")
def l2():
    try:
        yield from l3()
    finally:
        print("l2 finally")
x2 = l2(); next(x2); x2.close()
# generator expression evaluates first iterable immediately
def src():
    print("src called")
    return [1, 2]
ge = (i for i in src())
print("created")
print(list(ge))
try:
    ge2 = (i for i in None)
except TypeError as e:
    print(e)
# generator with default args and closures
def make(n):
    return (i * n for i in range(3))
print(list(make(2)), list(make(3)))
# send values accumulate
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
a = acc(); next(a)
for v in (1, 2, 3):
    print(a.send(v), end=" ")
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
# generator's locals via gi_frame
def loc():
    q = 5
    yield
gl = loc(); next(gl); print(gl.gi_frame.f_locals)
# generators are not reusable
def once():
    yield 1
o = once(); print(list(o), list(o))
# zip of generators stops early and leaves others
def nums():
    for i in range(5):
        print("produce", i)
        yield i
print(list(zip(nums(), "ab")))
# StopIteration raised inside generator expression -> RuntimeError? (PEP 479 applies)
def stopper():
    raise StopIteration
try:
    list(stopper() for _ in range(1))
except RuntimeError as e:
    print("RuntimeError", e)
# yield in lambda and in comprehension-like structures
glam = (lambda: (yield 1))
print(list(glam()))
