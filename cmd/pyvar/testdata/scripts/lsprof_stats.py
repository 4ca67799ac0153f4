# _lsprof: call counts, recursion and times (from a deterministic timer)
# per function and per caller, for Python functions, generators, classes
# and built-in calls; enable/disable/clear and the stats types.
import _lsprof
import sys

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0]


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def gen(n):
    for i in range(n):
        yield i * 2


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def fails():
    raise ValueError('x')


def work():
    out = []
    for i in range(3):
        out.append(fact(4))
    total = sum(gen(3))
    b = Box(5)
    out.append(b.get())
    try:
        fails()
    except ValueError:
        pass
    out.sort()
    return out, total


def name(code):
    return code if isinstance(code, str) else '%s:%d' % (code.co_name, code.co_firstlineno)


def show(p):
    for e in sorted(p.getstats(), key=lambda e: name(e.code)):
        print(name(e.code), e.callcount, e.reccallcount, e.totaltime, e.inlinetime)
        for s in sorted(e.calls or [], key=lambda s: name(s.code)):
            print('   ', name(s.code), s.callcount, s.reccallcount, s.totaltime, s.inlinetime)


p = _lsprof.Profiler(timer, 0.5)
p.enable()
work()
p.disable()
show(p)
print(sys.getprofile())

p.clear()
print(p.getstats())
p.enable(subcalls=False, builtins=False)
work()
p.disable()
show(p)

q = _lsprof.Profiler(timer)
q.enable()
fact(3)
q.disable()
show(q)

e = q.getstats()[0]
print(type(e).__name__, type(e).__module__, len(e), type(e).n_fields, e[1] == e.callcount)

class MyProfiler(_lsprof.Profiler):
    pass

m = MyProfiler(timer, subcalls=False)
m.enable()
fact(2)
m.disable()
show(m)
for bad in [lambda: _lsprof.Profiler(timer, 'x'), lambda: p.enable(1, 2, 3), lambda: p.disable(1), lambda: p.getstats(1)]:
    try:
        bad()
    except TypeError as err:
        print('TypeError', err)
