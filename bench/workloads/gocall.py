# Calls from Go into Python: special methods written in Python and called
# by built-ins (__hash__ and __eq__ by a dict lookup, __len__ by len(),
# __lt__ by min()), and a key function called by sorted().
import time

N = 1000000


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __len__(self):
        return self.v


def key(x):
    return -x


def run(n):
    total = 0
    a = K(1)
    b = K(1)
    c = K(2)
    d = {a: 1}
    small = [3, 1, 2]
    t0 = time.perf_counter()
    for i in range(n):
        total += d[b]
        total += len(c)
        total += min(a, c).v
        total += sorted(small, key=key)[0]
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
