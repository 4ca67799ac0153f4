# Tuples the VM never builds (BUILD_TUPLE then UNPACK_SEQUENCE of the same
# length), starred displays (LIST_TO_TUPLE takes the temporary list's items)
# and small lists that grow after a display or a slice.
import dis


def swap4(i):
    a, b, c, d = i, i + 1, i + 2, i + 3
    a, b, c, d = d, c, b, a
    return a, b, c, d


print(swap4(10))


def swap5():
    v, w, x, y, z = "v", [1], (2,), {3: 4}, None
    z, y, x, w, v = v, w, x, y, z
    return v, w, x, y, z


print(swap5())


def mixed(seq):
    # a different length is unpacked by UNPACK_SEQUENCE with its errors
    try:
        a, b, c = seq
    except ValueError as e:
        print("ValueError", e)
    try:
        (a, b, c, d) = (1, 2, 3)
    except ValueError as e:
        print("ValueError", e)
    return seq


print(mixed((1, 2)))


def nested(i):
    (a, b), (c, d) = (i, i + 1), (i + 2, i + 3)
    x, y, z, w = [i, i, i, i]
    return a, b, c, d, x + y + z + w


print(nested(3))


class Trace:
    def __init__(self):
        self.log = []

    def __iter__(self):
        self.log.append("iter")
        return iter((1, 2, 3))


def starred(rest, first, tr):
    t = (*rest, first)
    u = (*tr, *rest)
    v = (*[], *())
    return t, u, v, type(t), type(u), len(v)


tr = Trace()
print(starred([1, 2, 3], 0, tr), tr.log)
rest = [4, 5]
t = (*rest, 6)
rest.append(7)
rest[0] = 99
print(t, rest, hash(t) == hash((4, 5, 6)))
big = list(range(100))
bt = (*big, -1)
big.clear()
print(len(bt), bt[:3], bt[-2:])


def f(*args):
    return args


r = [1, 2]
a = f(*r, 3)
r.append(4)
print(a, r, f(*r), f(*(), *[]))

# small lists made by a display or a slice, then grown
for n in range(10):
    l = list(range(n))[:]
    m = [*l]
    l.append(n)
    m.extend([n, n])
    k = l[1:]
    k.append(-1)
    k.insert(0, -2)
    print(n, l, m, k, len(k))
x = [1]
for i in range(20):
    x.append(i)
print(x, x[::3], x[5:1:-1])
s = [0]
s += [1, 2]
s *= 2
print(s)
print(dis.opname[dis.opmap["LIST_TO_TUPLE"]])

# `return a, b` to a caller that unpacks it at once
def pair(i):
    return i, i * 2


def triple(i):
    q, r = divmod(i, 7)
    return q, r, q + r


class P:
    def m(self, x):
        return x, self

    @property
    def both(self):
        return 1, 2


def rec(n):
    if n == 0:
        return 0, 1
    a, b = rec(n - 1)
    return b, a + b


def wrong_len(i):
    return i, i


def gen_pairs():
    yield 1, 2
    return 3, 4


tot = 0
for i in range(50):
    a, b = pair(i)
    q, r, s = triple(i)
    tot += a + b + q + r + s
p = P()
x, me = p.m(5)
u, v = p.both
print(tot, x, me is p, u, v, rec(20), [rec(k) for k in range(5)])
try:
    a, b, c = wrong_len(1)
except ValueError as e:
    print("ValueError", e)
t = pair(3)
print(t, type(t), [pair(k) for k in range(3)], list(map(pair, range(2))))
g = gen_pairs()
a, b = next(g)
try:
    next(g)
except StopIteration as e:
    c, d = e.value
print(a, b, c, d, sorted([(1, 2), (0, 5)], key=lambda t: pair(t[1])))


def kw(a, *, b=2):
    return a, b


def deflt(a, b=3):
    return b, a


(m, n), (o, w) = kw(1, b=5), deflt(2)
print(m, n, o, w)
