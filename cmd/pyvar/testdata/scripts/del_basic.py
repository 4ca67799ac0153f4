# __del__: runs once per object, when gc.collect() finds it unreachable
# (where CPython frees it by reference count), in CPython's order.
import gc

class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

a = A('a')
del a
gc.collect()
print('after a')

# A chain: the outer object first, then what only it referred to.
outer = A('outer')
outer.inner = A('inner')
outer.inner.innermost = A('innermost')
del outer
gc.collect()
print('after chain')

# Several at once, separate variables: in the order they die.
x0, x1, x2 = A('x0'), A('x1'), A('x2')
del x1
gc.collect()
del x0
gc.collect()
del x2
gc.collect()
print('after separate')

# Resurrection: __del__ stores self somewhere; it is not called again.
saved = []
class Phoenix:
    def __del__(self):
        print('phoenix __del__')
        saved.append(self)

p = Phoenix()
del p
gc.collect()
print('resurrected', len(saved), gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print('gone for good')

# Exceptions in __del__ are printed to stderr and ignored.
class Bad:
    def __del__(self):
        raise ValueError('in __del__')

b = Bad()
del b
gc.collect()
print('still running')

# Calling __del__ explicitly is an ordinary call; the finalizer still runs.
e = A('explicit')
e.__del__()
del e
gc.collect()

# A subclass inherits __del__; a class that sets it later on a base.
class B(A):
    pass
bb = B('subclass')
del bb
gc.collect()

class Late:
    pass
def late_del(self):
    print('late del')
Late.__del__ = late_del
l = Late()
del l
gc.collect()

# Exceptions deriving from a class with __del__.
class E(Exception):
    def __del__(self):
        print('exception del', self.args)
try:
    raise E('boom')
except E:
    pass
gc.collect()
print('end')

# Still alive at exit: finalized in creation order after the program ends.
g1 = A('global1')
g2 = A('global2')
_g3 = A('_global3')
keep = [A('in list')]
