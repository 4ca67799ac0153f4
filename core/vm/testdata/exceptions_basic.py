def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 // n
    except ValueError as e:
        print("caught", e)
        return -1
    except ZeroDivisionError:
        return -2
    else:
        print("no error")
    finally:
        print("finally", n)

print(f(0))
print(f(5))

def chain():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k')

try:
    chain()
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)

def cause():
    try:
        {}['x']
    except KeyError as e:
        raise RuntimeError("bad") from e
try:
    cause()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()

def reraise():
    try:
        raise IndexError("idx")
    except IndexError:
        print("handling")
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)

import sys
try:
    raise ValueError("v")
except ValueError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

class MyError(Exception):
    pass

try:
    raise MyError("mine", 2)
except Exception as e:
    print(type(e).__name__, e.args, str(e))

def loop_break():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(loop_break())

def ret_in_finally():
    try:
        return 1
    finally:
        print("cleanup")
print(ret_in_finally())

try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except ValueError as e:
    print("ValueError", repr(e))
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
