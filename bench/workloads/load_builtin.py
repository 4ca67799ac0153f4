# LOAD_GLOBAL of a builtin (globals miss, then builtins), called each iteration.
import time

N = 1000000


def run(n):
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        total += abs(i)
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
