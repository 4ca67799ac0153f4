# Instance creation: A(i) runs object.__new__ and an __init__ that stores
# three attributes (CALL_FUNCTION on a class, STORE_ATTR into a fresh
# instance), then one LOAD_ATTR.
import time

N = 1000000


class A:
    def __init__(self, x):
        self.x = x
        self.y = x + 1
        self.z = x + 2


def run(n):
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        a = A(i)
        total += a.y
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
