# Recursive fib: call overhead, LOAD_GLOBAL of the function itself, int adds.
# N repeats a fixed-depth fib, so scaling N scales the work linearly.
import time

N = 10
DEPTH = 22


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def calls(n):
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b + 1
    return a


t0 = time.perf_counter()
checksum = 0
for _ in range(N):
    checksum += fib(DEPTH)
elapsed = time.perf_counter() - t0
print("result", checksum, elapsed, N * calls(DEPTH))
