# next(g) and next(g, default) of a generator called from Python: values,
# return values as StopIteration's value (none for None), defaults, a
# finished or running generator, errors and their tracebacks, StopIteration
# raised inside becoming RuntimeError, and the recursion limit.
import sys
import traceback


def gen(n, ret=None):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return ret


g = gen(2, "done")
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("stop again", repr(e.value), e.args)
g = gen(1)
print(next(g), next(g, "dflt"), next(g, "dflt2"))
g = gen(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("plain stop", e.args, e.value)
g = gen(0, 7)
print(next(g, "d"))


def selfnext():
    yield next(me)


me = selfnext()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def bad():
    yield 1
    raise StopIteration("inner")


b = bad()
next(b)
try:
    next(b)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))


def fails():
    yield 1
    1 / 0


def user():
    f = fails()
    next(f)
    return next(f)


try:
    user()
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(l for l in tb if not l.startswith("  File") or "gen_next.py" in l).replace(__file__, "F"))


def deep(n):
    yield next(deep(n + 1)) if n < 10000 else n


try:
    next(deep(0))
except RecursionError as e:
    print("RecursionError", e)


class It:
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


it = It()
print(next(it), next(it), next(it, "end"))
print(next(iter([1, 2])), next(iter([]), "empty"))
try:
    next(5)
except TypeError as e:
    print(e)
try:
    next(5, 6)
except TypeError as e:
    print(e)
