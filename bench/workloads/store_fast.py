# STORE_FAST: the same loop in a function; `i` is a slot of f_localsplus.
import time

N = 1000000


def run(n):
    t0 = time.perf_counter()
    for i in range(n):
        pass
    return i, time.perf_counter() - t0


last, elapsed = run(N)
print("result", last, elapsed, N)
