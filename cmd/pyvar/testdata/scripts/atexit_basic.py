# atexit: register/unregister and the run at exit, last registered first.
import atexit

def a():
    print('a')

def b(x, y=0):
    print('b', x, y)

def bad():
    raise KeyError('k')

print(atexit.register(a) is a)
atexit.register(b, 1, y=2)
atexit.register(bad)
atexit.register(a)
print(atexit._ncallbacks())
atexit.unregister(a)
print(atexit._ncallbacks())
atexit.register(a)
atexit.register(print, 'print', 'with', 'args', sep='-')

for call in [lambda: atexit.register(1), lambda: atexit.register(), lambda: atexit.unregister()]:
    try:
        call()
    except TypeError as e:
        print(e)

def registers_more():
    atexit.register(print, 'registered during exit: not run')
atexit.register(registers_more)
print(sorted(n for n in dir(atexit) if not n.startswith('__')))
print(atexit.__doc__)
print('end of program')
