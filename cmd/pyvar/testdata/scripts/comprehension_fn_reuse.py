# The function objects of comprehensions and generator expressions called at
# once (code.FuncTemp) are reused by the VM once called: nothing a program
# can see may change. Generators from one site kept alive side by side,
# closures over different cells, recursion through the same site, errors in
# the iterable, frames and referents, and code whose MAKE_FUNCTION argument
# carries the bit the VM uses as its mark.
import gc
import sys
import types


def gens(n):
    # Each generator keeps its own closure cell (k) while the site runs again.
    out = []
    for k in range(n):
        out.append(x * k for x in range(3))
    return out


gs = gens(4)
print([list(g) for g in gs])


def mk(k, j):
    # A generator per call, each with its own cells, all alive at once.
    return (x * k + j for x in range(3))


gs = [mk(k, -k) for k in range(5)]
print([next(g) for g in gs], [list(g) for g in reversed(gs)])


def nested(depth):
    # The same comprehension site, re-entered from inside its own run.
    if depth == 0:
        return [0]
    return [y + depth for y in nested(depth - 1) + [v for v in range(depth)]]


print(nested(4))


def pairs(rows):
    # Two sites with closures of one and two cells.
    a, b = 10, 100
    s1 = sum(r * a for r in rows)
    s2 = [r * a + b for r in rows]
    s3 = {r: a - b for r in rows[:2]}
    return s1, s2, s3


print(pairs([1, 2, 3]))
print(pairs([4, 5]))


def suspended():
    # A generator suspended while its genexpr is on the stack: not marked.
    g = (x for x in (yield 1))
    yield list(g)


s = suspended()
print(next(s))
print(s.send([7, 8]))


def failing(it):
    try:
        return [x for x in it]
    except TypeError as e:
        return str(e)


print(failing(5), failing([1, 2]), failing(None), failing(range(3)))


class Boom:
    def __iter__(self):
        raise ValueError("boom")


def after_error():
    try:
        return list(x for x in Boom())
    except ValueError as e:
        return "caught " + str(e)


print(after_error(), [z for z in range(2)], after_error())


def frames():
    # The comprehension's frame, code and names are its own.
    f = [sys._getframe() for _ in range(1)][0]
    g = (sys._getframe().f_code.co_name for _ in range(1))
    return f.f_code.co_name, next(g), g.__name__, g.__qualname__


print(frames())
print(frames())


def referents():
    g = (i for i in range(3))
    kinds = {type(r).__name__ for r in gc.get_referents(g)}
    inner = [[type(r).__name__ for r in gc.get_referents(sys._getframe())].count("function") for _ in range(1)]
    return "frame" in kinds, "function" in kinds, inner, list(g)


print(referents())


def keep_generators():
    # Many generators alive at once from one site, then consumed in reverse.
    live = [(i * j for j in range(3)) for i in range(5)]
    return [list(g) for g in reversed(live)]


print(keep_generators())


def with_mark_bit():
    return list(x + 1 for x in range(3))


# MAKE_FUNCTION's argument with bit 0x80 set (CPython ignores it).
co = with_mark_bit.__code__
raw = bytearray(co.co_code)
for i in range(0, len(raw), 2):
    if raw[i] == 132:  # MAKE_FUNCTION
        raw[i + 1] |= 0x80
f2 = types.FunctionType(co.replace(co_code=bytes(raw)), globals())
print(f2(), f2())


def recursive_gen(n):
    # A genexpr site whose body calls back into the same site.
    if n == 0:
        return ()
    return tuple(x for x in (n,) + recursive_gen(n - 1))


print(recursive_gen(5))

# Lambdas and comprehension functions in a loop still work, and a function
# made with defaults is not marked.
fs = [(lambda d=i: d) for i in range(3)]
print([f() for f in fs])
