# super().f(x) in a method: CALL_FUNCTION 0 of super, LOAD_METHOD,
# CALL_METHOD (no super object nor bound method on the fast path).
import time

N = 1000000


class A:
    def f(self, x):
        return x


class B(A):
    def f(self, x):
        return super().f(x) + 1


def run(n):
    b = B()
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        total += b.f(i)
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
