# The __context__ of an exception thrown into a generator is the exception
# that generator is handling (not its caller's), also when the throw went
# through a yield from first (_PyErr_ChainStackItem).
def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", repr(e), "context:", repr(e.__context__))
        yield 2
def outer():
    try:
        raise KeyError("handled")
    except KeyError:
        yield from inner()
g = outer()
print(next(g))
print(g.throw(ValueError("thrown")))
def outer2():
    try:
        raise KeyError("handled2")
    except KeyError:
        yield 1
g = outer2()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e), repr(e.__context__))
def gen3():
    try:
        yield
    except Exception as e:
        print("gen3", repr(e.__context__))
        yield
try:
    raise IndexError("outside")
except IndexError:
    g = gen3(); next(g)
    g.throw(ZeroDivisionError("z"))
def inner():
    yield 1
def outer():
    try:
        raise KeyError("handled")
    except KeyError:
        try:
            yield from inner()
        except ValueError as e:
            print("outer caught", repr(e), "context:", repr(e.__context__))
            yield 2
g = outer()
print(next(g))
print(g.throw(ValueError("thrown")))
def outer3():
    try:
        raise KeyError("h3")
    except KeyError:
        yield 1
g = outer3(); next(g)
try:
    g.throw(ValueError("direct"))
except ValueError as e:
    print("direct", repr(e.__context__))
def plain():
    try:
        raise KeyError("p")
    except KeyError:
        try:
            yield 1
        except ValueError as e:
            print("plain", repr(e.__context__))
            yield 2
g = plain(); next(g); g.throw(ValueError("x"))
