# Pairs of instructions the VM runs as one internal superinstruction
# (code.Quicken): results, unbound locals in either half (the error and
# its line are the second instruction's when it fails), jumps to the
# second instruction of a pair, and co_code left as the compiler made it.
import sys


def swap(a, b):
    a, b = b, a  # ROT_TWO, STORE_FAST a, STORE_FAST b
    c, c = 1, 2  # the second store wins
    return a, b, c


print(swap(1, 2))


def copies(n):
    x = n  # LOAD_FAST, STORE_FAST
    y = x
    z = 7  # LOAD_CONST, STORE_FAST
    return x + y + z, (x, 3), (4, y)  # LOAD_FAST, LOAD_CONST / LOAD_CONST, LOAD_FAST


print(copies(5))


def join(c):
    if c:
        x = 1
    else:
        x = 2  # STORE_FAST x, LOAD_FAST x: the jump lands on the LOAD_FAST
    y = x
    return y


print(join(True), join(False))


def loop(n):
    total = 0
    i = 0
    while i < n:
        j = i
        total = total + j
        i = i + 1
    for k in range(3):
        m = k
        total = m + total
    return total


print(loop(10))


def report(fn, *args):
    try:
        fn(*args)
    except UnboundLocalError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(fn.__name__, "line", tb.tb_lineno - fn.__code__.co_firstlineno, e)


def first_of_load_store():
    if False:
        a = 1
    b = a


def second_of_store_load():
    if False:
        z = 0
    t = 5
    w = z
    return t, w


def second_of_load_load(y):
    if False:
        z = 0
    return y, \
        z


def first_of_load_const():
    if False:
        z = 0
    return z, 1


def second_of_const_load():
    if False:
        z = 0
    return 1, \
        z


def after_del(v):
    w = v
    del w
    return v, w


for fn, args in [(first_of_load_store, ()), (second_of_store_load, ()), (second_of_load_load, (1,)),
                 (first_of_load_const, ()), (second_of_const_load, ()), (after_del, (3,))]:
    report(fn, *args)


# co_code is what the compiler wrote, whatever the VM runs.
def probe(p):
    q = p
    return q


probe(1)
ops = probe.__code__.co_code[0::2]
print(list(ops[:4]))
print(sys._getframe().f_lineno)


# A constant added or subtracted (LOAD_CONST__ADD, LOAD_CONST__SUBTRACT):
# ints at the int64 edges, floats, bools, mixed kinds, other types, and
# the errors, reported at the add's line.
def consts(x):
    a = x + 1
    b = x - 1
    c = x
    c += 2
    c -= 5
    return a, b, c


for v in [0, -1, 2**62, 2**63 - 1, -2**63, 2**63, 1.5, True, False, 10**30]:
    print(consts(v))


def inplace_objects():
    s = "ab"
    s += "c"
    t = (1,)
    t += (2, 3)
    l = [1]
    l += (4,)
    f = 0.5
    f -= 2
    g = 3
    g += 0.25
    return s, t, l, f, g


print(inplace_objects())


def bad_add(v):
    return v + \
        1


def bad_sub(v):
    v -= \
        "x"
    return v


for fn, arg in [(bad_add, "s"), (bad_add, None), (bad_sub, 3), (bad_sub, [1])]:
    try:
        fn(arg)
    except TypeError as e:
        tb = e.__traceback__.tb_next
        print(fn.__name__, "line", tb.tb_lineno - fn.__code__.co_firstlineno, e)


class Counter:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Counter(self.n + 10 * k)

    def __isub__(self, k):
        self.n -= 100 * k
        return self


def custom():
    c = Counter(1)
    c = c + 1
    c -= 1
    return c.n


print(custom())


# Back-edges to a FOR_ITER (JUMP_BACK_FOR_ITER): ranges (exhausted, empty,
# negative steps), other iterables, break and else, a loop whose
# JUMP_ABSOLUTE needs EXTENDED_ARG (its FOR_ITER is past unit 255).
def loops():
    out = []
    for i in range(3):
        out.append(i)
    for i in range(10, 0, -4):
        out.append(i)
    for i in range(0):
        out.append("never")
    else:
        out.append("else")
    for c in "ab":
        out.append(c)
    for i in range(100):
        if i == 2:
            break
    out.append(i)
    it = iter(range(5))
    for i in it:
        if i == 1:
            break
    for j in it:  # the rest of a range iterator, shared
        out.append(j)
    return out


print(loops())
src = "def big():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(150))
src += "    t = 0\n    for i in range(5):\n        t += i\n    for x in [10, 20]:\n        t += x\n    return t, v149\n"
exec(src)
print(big())


# An int sum stored straight into a cell (an add followed by STORE_DEREF).
def cells(start, k):
    count = start
    other = 0

    def bump():
        nonlocal count, other
        count += 1
        other = count + k
        count = count + other
        return count, other

    results = [bump() for _ in range(3)]
    return results, count, (lambda: count)()


for start, k in [(0, 1), (2**63 - 2, 0), (1.5, 2), (-2**63, -1), (10**19, 1)]:
    print(cells(start, k))
try:
    cells("s", 1)
except TypeError as e:
    print("TypeError", e)
