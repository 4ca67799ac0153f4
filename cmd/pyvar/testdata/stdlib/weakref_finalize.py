# weakref.finalize, WeakMethod and ref subclasses from weakref.py; the
# finalizers still alive at exit run then (through atexit).
import gc
import weakref


class C:
    def __init__(self, name):
        self.name = name

    def method(self):
        return 'method of ' + self.name


def report(*args, **kw):
    print('finalizer', args, kw)
    return 'result'


a = C('a')
f = weakref.finalize(a, report, 'a', key='value')
print(f.alive, f.peek()[0] is a, f.peek()[1:], f.atexit)
del a
gc.collect()
print(f.alive, f.peek(), f(), f.detach())

b = C('b')
g = weakref.finalize(b, report, 'b')
print(g(), g.alive, g(), g.detach())
del b
gc.collect()

c = C('c')
h = weakref.finalize(c, report, 'c detached')
obj, fn, args, kwargs = h.detach()
print(obj is c, fn is report, args, kwargs, h.alive)
del c, obj
gc.collect()

# Still alive at exit: run by atexit, in the order they were made.
d = C('d')
weakref.finalize(d, report, 'd at exit')
e = C('e')
weakref.finalize(e, report, 'e at exit')
quiet = C('quiet')
weakref.finalize(quiet, report, 'not at exit').atexit = False

m = C('m')
wm = weakref.WeakMethod(m.method)
print(wm()(), wm == weakref.WeakMethod(m.method), wm() == m.method)
del m
gc.collect()
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as exc:
    print('TypeError', exc)

r = weakref.ref(C('temporary'))
gc.collect()
print(r(), weakref.ref(report) is weakref.ref(report))
p = weakref.proxy(d)
print(p.name, isinstance(p, weakref.ProxyTypes), weakref.ref(d) in weakref.getweakrefs(d))
print('end of program')
