# The scope rules of the seed article and forum thread, one per block.
import time

counter_start = 0


def fast_locals(n):
    total = 0
    for i in range(n):
        total = total + i
    return total


def enclosing_reassigns():
    x = 1

    def show():
        return x

    x = 2
    return show


def counter():
    count = counter_start

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


def uses_global():
    global counter_start
    counter_start = counter_start + 1
    return len(str(counter_start))


def unbound_local():
    a = 0

    def inner():
        a += 1
        return a

    return inner


def deletes(x):
    y = x
    del y
    global counter_start
    del counter_start


for k in range(3):
    last = k * 2
del last


a = 10


class Spam:
    a = a + 1
    a = a + 1
    b = [a for _ in range(2)]

    def method(self):
        return a

    class Nested:
        c = a


def class_in_function():
    v = 1
    w = 2

    class Reader:
        got = v
        w = w + 1

    class Writer:
        nonlocal v
        v = 3

    class Declares:
        global a
        a = 4

    return Reader, Writer, Declares, v


class WithSuper(Spam):
    def __init__(self):
        super().__init__()

    def klass(self):
        return __class__

    def deep(self):
        def helper():
            return super(WithSuper, self)
        return helper


start = time.perf_counter()
