# Generators: pipelines of generator functions and expressions, yield from,
# send(), and sum/any/max over generator expressions.
import time

N = 30


def numbers(n):
    for i in range(n):
        yield i


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(nested):
    for part in nested:
        yield from part


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


def main(n):
    acc = 0
    for r in range(n):
        acc += sum(squares(evens(numbers(10000 + r))))
        acc += max(len(c) for c in chunks(numbers(5000), 7))
        acc += sum(flatten(chunks(numbers(5000), 13)))
        avg = running_mean()
        next(avg)
        for x in range(2000):
            m = avg.send(x)
        acc += m
        acc += any(x > 9998 for x in numbers(10000))
    return acc


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
