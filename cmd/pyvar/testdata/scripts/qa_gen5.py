def g():
    yield 1
    yield 2
x = g()
print(x.__name__, x.__qualname__, x.gi_running, x.gi_yieldfrom, x.gi_code is g.__code__, type(x.gi_frame).__name__)
print(next(x), x.gi_frame.f_lasti > 0, x.gi_frame.f_lineno)
def outer():
    yield from g()
o = outer(); next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
list(o)
print(o.gi_yieldfrom, o.gi_frame)
class C:
    def meth(self):
        yield self
print(C().meth().__qualname__, (lambda: (yield))().__qualname__, (i for i in []).__qualname__)
def gen_with_return():
    return 5
    yield
try:
    next(gen_with_return())
except StopIteration as e:
    print("value", e.value)
print(type(g).__name__, type(g()).__name__, g.__code__.co_flags & 0x20 == 0x20)
import sys
def running():
    yield running_gen.gi_running
running_gen = running()
print(next(running_gen))
def throw_after_close():
    yield 1
t = throw_after_close(); t.close()
try:
    t.throw(ValueError("after close"))
except ValueError as e:
    print("ValueError", e)
print(t.gi_frame, list(t))
