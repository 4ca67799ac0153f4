# frame.clear(): locals dropped, a running frame refused, a suspended
# generator closed first (its finally runs).
import sys
def f():
    x = 1
    return sys._getframe()
fr = f()
print(fr.f_locals)
fr.clear()
print(fr.f_locals, fr.f_code.co_name)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
def g():
    try:
        yield 1
    finally:
        print("gen finally")
it = g()
next(it)
it.gi_frame.clear()
print(it.gi_frame, list(it))
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
tb.tb_frame.clear() if False else None
def h():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__
t = h()
t.tb_frame.clear()
print(t.tb_frame.f_locals)
import sys  # f_back chain seen from inside a throw() into delegated generators
def depth():
    f = sys._getframe(1); n = 0
    while f is not None:
        n += 1; f = f.f_back
    return n
async def a():
    return await b()
async def b():
    return await c()
def c():
    try:
        yield depth()
    except ZeroDivisionError:
        yield depth()
c.__code__ = c.__code__.replace(co_flags=c.__code__.co_flags | 0x100)
coro = a()
print(coro.send(None), coro.throw(ZeroDivisionError))
def g1():
    yield from g2()
def g2():
    try:
        yield depth()
    except ValueError:
        yield depth()
g = g1()
print(next(g), g.throw(ValueError))
