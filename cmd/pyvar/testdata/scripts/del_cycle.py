# Objects in reference cycles; weakref callbacks and __del__ together.
import gc
import _weakref as weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

# A cycle without __del__ is collected, and weak references to it die.
a, b = Node('a'), Node('b')
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: print('a is gone'))
rb = weakref.ref(b)
del a, b
gc.collect()
print(ra(), rb())

# __del__ and then the weak reference callbacks of the same object.
class D:
    def __del__(self):
        print('D.__del__')
d = D()
rd = weakref.ref(d, lambda r: print('callback of d, dead:', r() is None))
del d
gc.collect()
print('end')
