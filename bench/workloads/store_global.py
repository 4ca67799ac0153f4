# STORE_GLOBAL counter: `global n; n += 1` changes globals every iteration, so
# a PEP 509 cache misses on each LOAD_GLOBAL; a keys-version cache does not.
import time

N = 1000000
counter = 0


def run(n):
    global counter
    t0 = time.perf_counter()
    for i in range(n):
        counter += 1
    return time.perf_counter() - t0


elapsed = run(N)
print("result", counter, elapsed, N)
