# A suspended generator that is dropped is closed: its finally blocks and
# context managers' __exit__ run once, GeneratorExit raised at the yield.
import gc

def counted(name):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print(name, 'got GeneratorExit')
        raise
    finally:
        print(name, 'finally')

g = counted('g1')
print(next(g))
del g
gc.collect()
print('after drop')

g = counted('g2')
print(next(g))
g.close()
del g
gc.collect()
print('closed explicitly: no second close')

class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)

def with_cm():
    with CM():
        yield 'in with'

w = with_cm()
print(next(w))
w = None
gc.collect()

# A finished generator, or one that never started, runs nothing.
def plain():
    try:
        yield 1
    finally:
        print('plain finally')
p = plain()
del p
gc.collect()
p = plain()
print(list(p))
del p
gc.collect()

# Exceptions raised while closing are unraisable.
def raises_in_finally():
    try:
        yield 1
    finally:
        raise OSError('in finally')
r = raises_in_finally()
next(r)
del r
gc.collect()

def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print('ignoring GeneratorExit')
i = ignores_exit()
next(i)
del i; gc.collect()

# yield from: the inner generator is closed first.
def inner():
    try:
        yield 'inner'
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
o = outer()
print(next(o))
del o
gc.collect()
print('end')

# Suspended at exit: closed then.
alive = counted('at exit')
next(alive)
