def running():
    yield g.gi_running
g = running()
print(next(g), g.gi_running)
def self_next():
    yield next(h)
h = self_next()
try:
    next(h)
except ValueError as e:
    print(e)
def ret_value():
    yield 1
    return 'rv'
r = ret_value()
next(r)
try:
    r.send(None)
except StopIteration as e:
    print(repr(e), e.value)
def sender():
    x = yield
    print("x", x)
    yield x * 2
sd = sender()
try:
    sd.send(1)
except TypeError as e:
    print(e)
next(sd)
print(sd.send(21))
def thrower():
    yield 1
t = thrower()
try:
    t.throw(ValueError("before start"))
except ValueError as e:
    print("raised", e)
print(list(t))
def genexp_scope():
    x = 10
    return list(x + i for i in range(3))
print(genexp_scope())
class It:
    def __iter__(self):
        yield from range(3)
print(list(It()), [x for x in It()])
def yf_ret():
    r = yield from (i for i in range(2))
    return r
print(list(yf_ret()))
def multi():
    a = yield from [1, 2]
    b = yield from (yield 3)
    return a, b
m = multi()
print(next(m), next(m), next(m))
try:
    print(m.send([7]))
    next(m)
except StopIteration as e:
    print("done", e.value)
import sys
def gen_exc_info():
    try:
        raise KeyError('outer')
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
ge = gen_exc_info()
print(next(ge))
print(sys.exc_info()[0])
print(next(ge))
