# COMPARE_OP followed by POP_JUMP_IF_FALSE/TRUE runs as one superinstruction
# (code.Quicken): results, errors and their lines must be those of the two
# instructions run one after the other.


def count_below(n, k):
    c = 0
    for i in range(n):
        if i < k:
            c += 1
        if not i >= k:
            c += 10
    return c


print(count_below(20, 7))


def while_loop(n):
    i = 0
    total = 0
    while i < n:  # the loop's back-edge is a POP_JUMP_IF_TRUE
        total += i
        i += 1
    return total


print(while_loop(100), while_loop(0))


def kinds(a, b):
    out = []
    for op in range(6):
        if op == 0 and a < b:
            out.append("lt")
        if op == 1 and a <= b:
            out.append("le")
        if op == 2 and a == b:
            out.append("eq")
        if op == 3 and a != b:
            out.append("ne")
        if op == 4 and a > b:
            out.append("gt")
        if op == 5 and a >= b:
            out.append("ge")
    return out


nan = float("nan")
for a, b in [(1, 2), (2, 1), (3, 3), (1.5, 2.5), (2.5, 2.5), (nan, 1.0), (nan, nan), (1, 1.0),
             (2**70, 2**70 + 1), (-(2**70), 5), ("a", "b"), ("b", "b"), ((1, 2), (1, 3)), (True, 1), ([1], [1])]:
    print(repr(a), repr(b), kinds(a, b))


class Weird:
    """__lt__ returns a value that is not a bool: the jump takes its truth."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v if self.v != "boom" else Boom()

    def __eq__(self, other):
        return [] if self.v else [1]


class Boom:
    def __bool__(self):
        raise ValueError("no truth")


def weird(x):
    if Weird(x) < 0:
        r = "yes"
    else:
        r = "no"
    if Weird(x) == 0:
        r += " eq"
    return r


print(weird(0), weird(1), weird(""), weird("s"))


def loops(n):
    i = 0
    while Weird(n - i) < 0:
        i += 1
    return i


print(loops(3))


def raise_in_truth():
    try:
        if Weird("boom") < 1:
            return "t"
        return "f"
    except ValueError as e:
        import sys
        return "ValueError %s at line %d" % (e, sys.exc_info()[2].tb_lineno)


print(raise_in_truth())


def raise_in_compare(a, b):
    if a < b:
        return 1
    return 0


for a, b in [(1, "x"), (None, 1), ([], ())]:
    try:
        raise_in_compare(a, b)
    except TypeError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("TypeError:", e, "line", tb.tb_lineno - raise_in_compare.__code__.co_firstlineno)


def chained(a, b, c):
    if a < b < c:
        return "in order"
    if a >= b >= c:
        return "reversed"
    return "mixed"


print(chained(1, 2, 3), chained(3, 2, 1), chained(1, 3, 2), chained(1.0, 2, 2.5))


def floats(n):
    x = 0.0
    k = 0
    while x < n:
        x += 0.5
        if x >= 3.0:
            k += 1
    return x, k


print(floats(5))
