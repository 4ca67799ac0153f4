# with + generators + exceptions interplay, exit args types
import sys
class Rec:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.got = (et, type(ev).__name__, ev.args if ev else None, type(tb).__name__)
        return True
r = Rec()
with r:
    raise KeyError("k")
print(r.got)
with r:
    pass
print(r.got)
# exception raised in __enter__ of second manager: first exits
class Named:
    def __init__(self, n, fail=False): self.n, self.fail = n, fail
    def __enter__(self):
        print("enter", self.n)
        if self.fail: raise RuntimeError("enter " + self.n)
        return self
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
try:
    with Named("a"), Named("b", fail=True), Named("c"):
        print("body")
except RuntimeError as e:
    print("caught", e)
# exception in exit replaces body exception, with context
class ExitErr:
    def __enter__(self): pass
    def __exit__(self, *a): raise ValueError("exit")
try:
    with Named("outer"), ExitErr():
        raise KeyError("body")
except ValueError as e:
    print("ValueError", e, repr(e.__context__))
# with inside generator; generator closed -> exit called
def gen():
    with Named("in-gen"):
        yield 1
        yield 2
g = gen(); next(g); g.close(); print("closed")
# return value of __exit__ ignored when no exception
class RetTrue:
    def __enter__(self): return "val"
    def __exit__(self, *a): return True
def fn():
    with RetTrue() as v:
        return v
print(fn())
# break/continue through with
for i in range(3):
    with Named(str(i)):
        if i == 0: continue
        if i == 1: break
# nested with same object
class Reentrant:
    depth = 0
    def __enter__(self):
        self.depth += 1; return self.depth
    def __exit__(self, *a):
        self.depth -= 1
rr = Reentrant()
with rr as d1:
    with rr as d2:
        print(d1, d2)
print(rr.depth)
# with on object whose __enter__ is instance attribute (special lookup on type)
class OnType:
    def __exit__(self, *a): pass
ot = OnType(); ot.__enter__ = lambda: "inst"
try:
    with ot:
        pass
except AttributeError as e:
    print("AttributeError", e)
# sys.exc_info inside __exit__
class Info:
    def __enter__(self): pass
    def __exit__(self, et, ev, tb):
        print("exc_info in exit:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
with Info():
    raise IndexError
with Info():
    pass
