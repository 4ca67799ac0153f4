# LOAD_DEREF/STORE_DEREF: a closure counter; the count lives in a cell.
import time

N = 1000000


def make_counter():
    count = 0

    def bump(n):
        nonlocal count
        for i in range(n):
            count += 1
        return count

    return bump


bump = make_counter()
t0 = time.perf_counter()
checksum = bump(N)
elapsed = time.perf_counter() - t0
print("result", checksum, elapsed, N)
