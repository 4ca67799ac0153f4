# LOAD_CLASSDEREF: a class body inside a function reads the function's
# variable; the class namespace is tried first, then the cell.
import time

N = 1000000


def build(n):
    step = 3

    class Body:
        total = 0
        for i in range(n):
            total = step
    return Body.total


t0 = time.perf_counter()
checksum = build(N)
elapsed = time.perf_counter() - t0
print("result", checksum, elapsed, N)
