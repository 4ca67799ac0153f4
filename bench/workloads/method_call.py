# LOAD_METHOD/CALL_METHOD: obj.method(x) without a bound-method object.
import time

N = 1000000


class Counter:
    def __init__(self):
        self.total = 0

    def add(self, x):
        return x + 1


def run(n):
    c = Counter()
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        total = c.add(total)
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
