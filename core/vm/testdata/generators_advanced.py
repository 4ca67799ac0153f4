def inner():
    x = yield 1
    print("inner got", x)
    try:
        y = yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        y = yield 3
    return y
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 'end'
g = outer()
print(next(g))
print(g.send('a'))
print(g.throw(KeyError('k')))
print(g.send('final'))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
g2 = outer()
next(g2)
g2.close()
print(g2.gi_frame)
def fin():
    try:
        return 'try'
    finally:
        return 'finally'
print(fin())
def fin2():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                continue
        print("loop", i)
fin2()
def exc_in_finally():
    try:
        raise ValueError(1)
    finally:
        print("cleanup")
try:
    exc_in_finally()
except ValueError as e:
    print("got", e)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
def kwo(*, a=1, b):
    return a, b
print(kwo(b=2))
try:
    kwo(1)
except TypeError as e:
    print(e)
def ctx():
    try:
        yield 1
    except ValueError:
        yield 'recovered'
c = ctx()
next(c)
print(c.throw(ValueError))
try:
    c.throw(TypeError('t'))
except TypeError as e:
    print('propagated', e)
print(next(iter([]), 'default'))
def counter_gen():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset':
            i = 0
        else:
            i += 1
cg = counter_gen()
print(next(cg), next(cg), cg.send('reset'), next(cg))
def early():
    return
    yield
print(list(early()))
x = (i for i in range(3))
print(next(x), list(x))
ge = (1/i for i in [1, 0])
try:
    list(ge)
except ZeroDivisionError as e:
    print("genexp error", e)
