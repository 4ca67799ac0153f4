# LOAD_FAST: a function loop reading a local, the reference for LOAD_GLOBAL.
import time

N = 1000000


def run(n):
    y = 7
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        total = y
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
