# CALL_FUNCTION of a Python function: frame set-up and argument binding.
import time

N = 1000000


def inc(x):
    return x + 1


def run(n):
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        total = inc(total)
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
