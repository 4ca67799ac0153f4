# LOAD_NAME/STORE_NAME in a class body: the namespace is the class's dict.
import time

N = 1000000
t0 = time.perf_counter()


class Body:
    total = 0
    for i in range(N):
        total = total + 1


elapsed = time.perf_counter() - t0
print("result", Body.total, elapsed, N)
