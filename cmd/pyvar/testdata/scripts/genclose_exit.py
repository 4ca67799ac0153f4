# A program that dies of an uncaught exception still closes its suspended
# generators (after the traceback), once each, in creation order.
def g(name):
    try:
        yield name
    finally:
        print('finally', name)

a = g('a')
b = g('b')
next(b)
next(a)
c = g('c')
next(c)
next(c, None)
{}['missing']
