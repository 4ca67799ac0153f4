# Functions with cells of their own (a local or parameter a nested function
# reads) bind their arguments on the frame fast paths: parameters moved into
# their cells, defaults that are cells, closures inside closures, and every
# way of calling them.
import sys


def adder(k):
    return lambda x: x + k


def counter(start=10, step=1):
    n = start

    def inc():
        nonlocal n
        n += step
        return n
    return inc


def both(a, b, c=3):
    def g():
        return (a, b, c)
    a = a * 2
    return g()


def outer(x):
    def mid(y):
        def inner(z):
            return x + y + z
        return inner
    return mid


def unbound_cell(flag):
    if flag:
        v = "set"

    def read():
        return v
    try:
        return read()
    except NameError as e:
        return "NameError: " + str(e)


def deleted(p):
    def r():
        return p
    del p
    try:
        return r()
    except NameError as e:
        return "NameError: " + str(e)


def frame_locals(a, b=2):
    def use():
        return a, b
    return sorted(sys._getframe().f_locals.items(), key=lambda kv: kv[0])[:2], use()


class K:
    def __init__(self, v):
        self.get = lambda: v

    def m(self, w):
        return (lambda: (w, self.get()))()


for _ in range(3):
    print(adder(1)(2), [counter()() for _ in range(2)], counter(0, 5)(), both(1, 2), both(1, 2, 9))
    print(outer(1)(2)(3), unbound_cell(True), unbound_cell(False), deleted(7))
    print(frame_locals(1), K(4).m(5), K(6).get())
    bm = K(1).m
    print(bm(2), list(map(adder(10), range(3))), sorted([3, 1, 2], key=adder(-1)))


def rec(n):
    def down():
        return rec(n - 1) if n else 0
    return down() + 1


print(rec(50))
sys.setrecursionlimit(120)
try:
    rec(500)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
try:
    both(1)
except TypeError as e:
    print(e)
try:
    adder(1, 2)
except TypeError as e:
    print(e)
print(both(b=1, a=2), counter(step=3)())
