# exception handling inside loops/generators/with, and traceback objects
import sys
def f():
    raise ValueError("v")
def tb_names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    f()
except ValueError as e:
    print(tb_names(e.__traceback__))
    t = e.__traceback__
    print(type(t).__name__, t.tb_lasti >= 0, t.tb_frame.f_code.co_filename.endswith("exc3.py"))
# re-raise adds frames
def g():
    try:
        f()
    except ValueError:
        raise
try:
    g()
except ValueError as e:
    print(tb_names(e.__traceback__))
# raise e again from another place accumulates traceback
saved = None
try:
    f()
except ValueError as e:
    saved = e
def reraiser():
    raise saved
try:
    reraiser()
except ValueError as e:
    print(tb_names(e.__traceback__))
# exception raised in loop with continue in handler
results = []
for i in range(4):
    try:
        if i % 2:
            raise KeyError(i)
        results.append(i)
    except KeyError as k:
        results.append(("k", k.args[0]))
        continue
    finally:
        results.append("f")
print(results)
# sys.exc_info in nested handlers restores outer
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
# exception from generator close during exception
def gen_finally():
    try:
        yield 1
    finally:
        print("gen finally runs")
gf = gen_finally()
try:
    for x in gf:
        raise IndexError("loop body")
except IndexError as e:
    print("IndexError", e)
    gf.close()
# except with tuple built dynamically
errs = (KeyError,) + (IndexError,)
try:
    [][0]
except errs as e:
    print("caught via dynamic tuple", type(e).__name__)
# exception instance reuse
err = RuntimeError("reused")
for _ in range(2):
    try:
        raise err
    except RuntimeError as e:
        print(e is err, len(tb_names(e.__traceback__)))
# __context__ when raising inside finally
try:
    try:
        raise KeyError("in try")
    finally:
        try:
            raise ValueError("in finally")
        except ValueError as v:
            print("context of finally exc:", repr(v.__context__))
except KeyError as k:
    print("KeyError propagated", k)
# exception in __init__ of exception
class BadInitErr(Exception):
    def __init__(self):
        raise TypeError("init failed")
try:
    raise BadInitErr
except TypeError as e:
    print("TypeError", e)
