import sys
def g():
    print("started")
    try:
        x = yield 1
        print("x", x)
    finally:
        print("finally in g")
it = g()
print(it.gi_running, it.gi_frame.f_lineno, it.gi_code.co_name, it.gi_yieldfrom)
next(it)
print(it.gi_frame.f_lineno)
try:
    it.throw(TypeError, "via type and value")
except TypeError as e:
    print("TypeError", e)
print(it.gi_frame)
# throw with instance and traceback arg forms
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e)
c = catcher(); next(c)
c.throw(ValueError("inst"))
c.throw(KeyError)
c.throw(IndexError, IndexError("both"))
try:
    c.throw(ValueError("a"), "extra")
except TypeError as e:
    print("TypeError", e)
try:
    c.throw(5)
except TypeError as e:
    print("TypeError", e)
c.close()
# yield inside try/finally with return value via close
def counter():
    n = 0
    try:
        while True:
            n += (yield n) or 1
    except GeneratorExit:
        print("exit at", n)
        raise
gc = counter(); next(gc); gc.send(5); gc.send(None); gc.close()
# yield from generator that raises StopIteration subclass value
def sub():
    yield 1
    return {"result": 1}
def deleg():
    r = yield from sub()
    return r
d = deleg(); next(d)
try:
    next(d)
except StopIteration as e:
    print("value", e.value)
# yield from with close propagating
def inner2():
    try:
        yield 1
    finally:
        print("inner2 closed")
def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 closed")
o = outer2(); next(o); o.close()
# yield from throws into subiterator that doesn't handle
def inner3():
    yield 1
    yield 2
def outer3():
    try:
        yield from inner3()
    except KeyError:
        yield "outer handled"
o3 = outer3(); next(o3); print(o3.throw(KeyError))
# generator as iterator protocol
gen = (x for x in range(3))
print(iter(gen) is gen, next(gen), gen.__next__(), list(gen))
# generator in comprehension scope (class)
class Cl:
    vals = range(3)
    sq = list(v * v for v in vals)
print(Cl.sq)
# generator with return only
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
# send to exhausted
e = empty()
try:
    e.send(None)
except StopIteration:
    print("stop on send")
# yield expression values
def echo():
    r = None
    while True:
        r = yield r
ec = echo(); next(ec); print(ec.send(1), ec.send("two"), next(ec))
# generator expression with multiple for and if
print(list((a, b) for a in range(3) if a for b in range(a)))
# nested generators closing order
def g1():
    try:
        yield from g2()
    finally:
        print("g1 done")
def g2():
    try:
        yield 1
        yield 2
    finally:
        print("g2 done")
it1 = g1()
for v in it1:
    print("v", v)
    break
it1.close()
print("after break")
import gc as _gc
# lambda generator
lg = (lambda: (yield 5))()
print(next(lg))
# StopIteration inside generator caught explicitly is fine
def safe():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(safe()))
# return value in generator expression is None
def retnone():
    yield 1
    return None
r = retnone(); next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
print(repr(counter())[:26], repr(x for x in [])[:35])
