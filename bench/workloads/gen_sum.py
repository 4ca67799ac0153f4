# A generator expression consumed by a builtin (sum): resumed from Go.
import time

N = 1000000


def run(n):
    t0 = time.perf_counter()
    total = sum(x for x in range(n))
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
