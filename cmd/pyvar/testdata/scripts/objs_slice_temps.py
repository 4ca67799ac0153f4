# `x[a:b] = y[c:d:e]`: the right-hand list may be reused by the next such
# statement once an exact list x has copied it; no list a program can
# still see may ever be reused.


def flips(perm):
    p = perm[:]
    count = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        count += 1
        first = p[0]
    return count, p


print([flips(p) for p in ([3, 1, 2, 0], [2, 0, 1], [4, 3, 2, 1, 0, 5, 6, 7, 8])])


class Keeper:
    """A y whose __getitem__ returns a list it keeps."""

    def __init__(self):
        self.kept = [7, 8, 9]

    def __getitem__(self, s):
        return self.kept


k = Keeper()
a = [0, 0, 0, 0]
for i in range(3):
    a[:2] = k[1::-1]
    b = [5, 6, 7]
    b[:1] = b[2::-1]
print(a, k.kept, b)


class Store(list):
    """An x whose __setitem__ keeps the value it is given."""

    def __setitem__(self, key, value):
        self.last = value
        super().__setitem__(key, value)


s = Store([1, 2, 3, 4])
src = [10, 20, 30, 40]
s[:2] = src[1::-1]
kept = s.last
t = [0, 1, 2, 3]
t[:3] = t[2::-1]
t[:3] = t[2::-1]
print(s, kept, t, kept is s.last)


class Nest:
    """An index whose __index__ runs marked statements of its own."""

    def __init__(self, v):
        self.v = v

    def __index__(self):
        q = [1, 2, 3, 4, 5]
        for _ in range(3):
            q[:3] = q[2::-1]
        return self.v


x = [0, 1, 2, 3, 4, 5]
x[:Nest(3)] = x[Nest(2)::-1]
y = [9, 8, 7, 6]
y[Nest(1):Nest(3)] = y[Nest(3):Nest(0):-1]
print(x, y)


def gen():
    z = [1, 2, 3, 4]
    w = [0, 0]
    z[:(yield 1)] = w[::-1]
    z[:2] = z[(yield 2)::-1]
    yield z


g = gen()
print(next(g), g.send(2), g.send(1))

# an exception between the slice and the assignment
e = [1, 2, 3]
try:
    e[:1 // 0] = e[::-1]
except ZeroDivisionError as exc:
    print("ZeroDivisionError", exc)
f = [4, 5, 6]
f[:2] = f[1::-1]
print(e, f)
# a tuple or a str on the right, a list subclass on the left, step 2
u = [1, 2, 3, 4]
u[:2] = (5, 6, 7)[1:]
u[1:3] = "abc"[::2]
L = Store([0, 0, 0])
L[:2] = u[3::-1]
w = [0] * 6
w[::2] = w[3::-1][:3]
print(u, L, w)
try:
    v = [1, 2, 3]
    v[::2] = v[2::-1]
except ValueError as exc:
    print("ValueError", exc)
# sizes that outgrow the kept list
big = list(range(20))
for n in (2, 5, 12, 20, 3):
    big[:n] = big[n - 1::-1]
print(big)

# code built from bytes whose BUILD_SLICE carries the VM's mark bit: a
# two-item slice, as CPython builds for any argument but 3
import dis


def cut(p):
    return p[1:3]


co = cut.__code__
raw = bytearray(co.co_code)
for i in range(0, len(raw), 2):
    if raw[i] == dis.opmap["BUILD_SLICE"]:
        raw[i + 1] = 0x83
cut.__code__ = co.replace(co_code=bytes(raw))
print(cut([0, 1, 2, 3, 4]))
