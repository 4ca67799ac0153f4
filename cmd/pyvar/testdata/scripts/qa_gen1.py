import sys
def g():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "done"
it = g()
print(next(it), it.send(5))
try:
    it.send(7)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again", e.value, e.args)
it2 = g()
try:
    it2.send(1)
except TypeError as e:
    print(e)

def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield "after"
    yield "end"
t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))
t2 = thrower()
try:
    t2.throw(KeyError("unstarted"))
except KeyError as e:
    print("propagated", e)
print(list(t2))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closing")
c = closer(); next(c); c.close(); c.close()
print(list(c))
def badclose():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = badclose(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)

# gen states via inspect-like attributes
def st():
    yield
s = st()
print(s.gi_running, s.gi_frame is not None, s.__name__, s.__qualname__)
next(s)
try:
    next(s)
except StopIteration:
    pass
print(s.gi_frame)

# yield from
def inner():
    a = yield "i1"
    print("inner got", a)
    yield "i2"
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o"
o = outer()
print(next(o), o.send("sent"), next(o))
print(list(outer()))
def yf_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(2)
print(list(yf_list()))
def delegate_throw():
    try:
        yield from inner()
    except ValueError as e:
        yield "outer caught " + str(e)
d = delegate_throw(); next(d)
print(d.throw(ValueError("x")))

# PEP 479
def p479():
    yield 1
    raise StopIteration("stop!")
try:
    list(p479())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
def p479b():
    next(iter([]))
    yield
try:
    next(p479b())
except RuntimeError as e:
    print(e)

# running generator
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# gen expression scoping
x = 10
ge = (x * i for i in range(3))
x = 20
print(list(ge))
try:
    gen_bad = (i for i in 5)
except TypeError as e:
    print(e)
lst = [1, 2, 3]
gl = (v for v in lst)
lst = [9]
print(list(gl))
print(sum(i * i for i in range(5)), max((c for c in "hello"), key=ord))
ge2 = (i for i in range(3))
print(type(ge2).__name__, ge2.__name__, next(ge2), list(ge2), list(ge2))

# generator return in finally
def gf():
    try:
        yield 1
    finally:
        return 5
gg = gf(); next(gg)
try:
    next(gg)
except StopIteration as e:
    print("value", e.value)

# close returns
def gr():
    try:
        yield
    except GeneratorExit:
        return 3
g3 = gr(); next(g3); print(g3.close())

# send to yield from with non-generator
def yfi():
    yield from iter([1, 2])
y = yfi(); next(y)
try:
    y.send(3)
except AttributeError as e:
    print("AttributeError", e)

# infinite generator with islice-ish
def nat():
    n = 0
    while True:
        yield n
        n += 1
res = []
for v in nat():
    if v > 4: break
    res.append(v)
print(res)
print(repr(iter(nat()))[:20])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
