# STORE_NAME: a module-level loop; `i` lives in the module's f_locals dict.
import time

N = 1000000
t0 = time.perf_counter()
for i in range(N):
    pass
elapsed = time.perf_counter() - t0
print("result", i, elapsed, N)
