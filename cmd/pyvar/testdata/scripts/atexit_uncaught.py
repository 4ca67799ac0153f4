# An uncaught exception: the traceback first, then the atexit callbacks,
# then the suspended generators are closed and __del__ of what is left runs.
import atexit

class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def gen():
    try:
        yield 1
    finally:
        print('generator finally')

keep = A('global')
g = gen()
next(g)
atexit.register(print, 'atexit callback')

def fail():
    local = A('local')
    raise RuntimeError('uncaught')

fail()
