# Exceptions caught inside the eval loop: the handler is in the raising
# frame, in a caller several inline calls up, behind finally blocks that
# re-raise, through an inlined __init__ and a generator; the tracebacks,
# exc_info and the frames a traceback keeps are CPython's.
import sys
import traceback


def tb_summary(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        out.append((f.f_code.co_name, tb.tb_lineno, sorted(k for k in f.f_locals if not k.startswith("_"))))
        tb = tb.tb_next
    return out


def leaf(n):
    x = n * 2
    if n == 0:
        raise KeyError("leaf")
    return leaf(n - 1)


def middle(n):
    log = []
    try:
        try:
            return leaf(n)
        finally:
            log.append(sys.exc_info()[0].__name__)
    finally:
        log.append("outer")
        print("middle finally", log)


def top():
    try:
        middle(3)
    except KeyError as e:
        for row in tb_summary(e.__traceback__):
            print(row)
        print("f_back of the deepest:", e.__traceback__.tb_next.tb_next.tb_frame.f_back.f_code.co_name)
    try:
        middle(1)
    except LookupError:
        print("caught again", sys.exc_info()[0].__name__)
    print("after", sys.exc_info())


top()


class Boom(Exception):
    def __init__(self, n):
        super().__init__(n)
        if n > 1:
            raise ValueError("in init %d" % n)
        self.n = n


def make(n):
    return Boom(n)


for n in (1, 2):
    try:
        raise make(n)
    except Boom as b:
        print("Boom", b.n, b.__context__)
    except ValueError as v:
        print("ValueError", v, [(t.name, t.lineno) for t in traceback.extract_tb(v.__traceback__)])


def gen(n):
    for i in range(n):
        if i == 2:
            raise IndexError(i)
        yield i


def consume():
    total = 0
    try:
        for x in gen(5):
            total += x
    except IndexError as e:
        print("gen", total, [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])


consume()


def reraise_chain(k):
    try:
        try:
            {}[k]
        except KeyError:
            raise RuntimeError("wrapped %s" % k)
    except RuntimeError as e:
        return type(e.__context__).__name__, e.__suppress_context__, str(e)


print(reraise_chain("a"))


def loop_catch(n):
    caught = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            elif i % 3 == 1:
                [][i]
            else:
                leaf(2)
        except (ValueError, IndexError):
            caught += 1
        except KeyError:
            caught += 10
        finally:
            caught += 100
    return caught


print(loop_catch(30))


def bare_reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise
    except ZeroDivisionError as e:
        return [(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)]


print(bare_reraise())


def uncaught_inner():
    def a():
        b()

    def b():
        raise OSError(2, "nope")

    try:
        a()
    finally:
        print("finally before escaping")


try:
    uncaught_inner()
except OSError as e:
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, "FILE"))
