# Recursive fib: call overhead, LOAD_GLOBAL of the function itself, int adds.
import time

N = 25


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


t0 = time.perf_counter()
checksum = fib(N)
elapsed = time.perf_counter() - t0
a, b = 1, 1
for _ in range(N):
    a, b = b, a + b + 1
print("result", checksum, elapsed, a)
