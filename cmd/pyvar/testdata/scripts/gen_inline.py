# Generators resumed by FOR_ITER run in their consumer's eval loop: what
# Python can see of a resume must be the same as when resumed from Go.
import sys
import traceback


def count(n):
    for i in range(n):
        yield i


def show(e):
    print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")


# Values, nesting, comprehensions, break and resume by next().
print(sum(x for x in count(5)), [x for x in count(4)])
print([(a, b) for a in count(3) for b in count(2)])
g = count(6)
for x in g:
    if x == 2:
        break
print(next(g), list(g), list(g))


def nested():
    for a in count(2):
        for b in count(2):
            yield a, b
    return "done"


for t in nested():
    print(t, end=" ")
print()

# gi_running, gi_frame, f_back while running inline and while suspended.
def watch():
    me = yield
    while True:
        f = sys._getframe()
        me = yield (me.gi_running, f.f_back.f_code.co_name, f is me.gi_frame)


w = watch()
next(w)
print(w.send(w))


def consumer():
    g = introspect()
    for x in g:
        print("consumer sees", x, g.gi_running, g.gi_frame.f_back)


def introspect():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_back.f_code.co_name


consumer()

# A generator iterating over itself.
def selfish():
    for x in me:
        yield x


me = selfish()
try:
    for x in me:
        pass
except ValueError as e:
    print("ValueError:", e)

# Exceptions out of a generator, out of a function it calls, through two
# generators: the tracebacks show every frame.
def bad(n):
    yield n
    raise ValueError("boom %d" % n)


def helper(x):
    return 1 // x


def calls():
    yield helper(1)
    yield helper(0)


def outer():
    for x in bad(7):
        yield x * 2


for gen in (bad(1), calls(), outer()):
    try:
        for x in gen:
            print("got", x)
    except Exception as e:
        show(e)
    print("finished:", gen.gi_frame is None, list(gen))

# StopIteration inside a generator becomes RuntimeError.
def stops():
    yield 1
    raise StopIteration("early")


try:
    for x in stops():
        pass
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    show(e)

# An exception handled inside the generator, and exc_info on both sides.
def exc_states():
    print(" gen starts with", sys.exc_info()[0])
    yield 1
    try:
        raise KeyError("k")
    except KeyError:
        yield 2
        print(" gen still handling", sys.exc_info()[0])
    yield 3
    print(" gen ends with", sys.exc_info()[0])


try:
    raise TypeError("outer")
except TypeError:
    for x in exc_states():
        print(x, "consumer handles", sys.exc_info()[0])
print("after", sys.exc_info()[0])


def context():
    yield 1
    raise IndexError("in gen")


try:
    try:
        raise OSError("consumer")
    except OSError:
        for x in context():
            pass
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))

# throw() and close() into a generator that was run inline.
def guarded():
    try:
        for i in count(10):
            try:
                yield i
            except ArithmeticError as e:
                print(" caught", repr(e))
                yield -1
    finally:
        print(" guarded finally")


g = guarded()
for x in g:
    print("got", x)
    if x == 1:
        print("throw ->", g.throw(ZeroDivisionError("thrown")))
    if x == 3:
        g.close()
print("closed:", g.gi_frame)

g = guarded()
for x in g:
    if x == 2:
        break
try:
    g.throw(KeyError("out"))
except KeyError as e:
    show(e)


def ignores():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2


g = ignores()
for x in g:
    break
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# yield from a list and from a generator inside a generator run inline.
def delegating():
    yield from [1, 2]
    r = yield from nested()
    yield r


print(list(x for x in delegating()))
for x in delegating():
    print(x, end=" ")
print()

# Recursion: each resume counts one level, as in CPython.
def deep(n):
    if n:
        for x in deep(n - 1):
            yield x
    else:
        yield sys._getframe().f_back is not None


def overflow(limit, n):
    sys.setrecursionlimit(limit)
    try:
        for x in deep(n):
            pass
        return "no error at", n
    except RecursionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        return len(tb), tb[-1].lineno, str(e)
    finally:
        sys.setrecursionlimit(1000)


print(overflow(60, 50), overflow(60, 70), overflow(100, 150))
g = deep(3)
print(list(g), g.gi_frame)
