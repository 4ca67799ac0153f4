# Unpacking: tuple packing and unpacking, swaps, starred targets, multiple
# return values and unpacking in for loops.
import time

N = 40


def divmod_sum(a, b):
    q, r = divmod(a, b)
    return q, r, q + r


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def rotate(seq):
    first, *rest = seq
    return (*rest, first)


def main(n):
    total = 0
    for r in range(n):
        for i in range(1, 3000):
            q, rem, s = divmod_sum(i * 37, i % 17 + 1)
            total += q - rem + s
        a, b = fib_pairs(5000)
        total += a ^ b
        t = (1, 2, 3, 4, 5)
        for i in range(2000):
            t = rotate(t)
            x, y, z, u, v = t
            total += x * y - z + u * v
        pts = [(i, i * 2, i * 3) for i in range(2000)]
        for x, y, z in pts:
            total += x + y - z
        for i in range(2000):
            a, b, c, d = i, i + 1, i + 2, i + 3
            a, b, c, d = d, c, b, a
            total += a - d
        head, *mid, tail = range(100)
        total += head + tail + len(mid)
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
