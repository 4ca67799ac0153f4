# FOR_ITER over a generator: one resume and one YIELD_VALUE per item.
import time

N = 1000000


def count(n):
    for i in range(n):
        yield i


def run(n):
    total = 0
    t0 = time.perf_counter()
    for x in count(n):
        total += x
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
