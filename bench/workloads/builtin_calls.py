# Calls of builtins with one or two arguments: len, abs, isinstance, and min
# and max of two, each a LOAD_GLOBAL of a builtin and a direct call.
import time

N = 1000000


def run(n):
    data = [1, 2, 3]
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        total += len(data) + abs(-i) + min(i, 5) + max(i, 3)
        if isinstance(i, int):
            total += 1
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
