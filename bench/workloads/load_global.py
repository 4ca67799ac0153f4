# LOAD_GLOBAL of a module global: served by the opcache while globals are unchanged.
import time

N = 1000000
G = 7


def run(n):
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        total = G
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
