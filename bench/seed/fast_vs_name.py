# The seed article's experiment, rewritten for pyvar-bench: the same empty
# loop timed RUNS times at module level (STORE_NAME) and inside a function
# (STORE_FAST), each set of times printed sorted, as the article prints them.
import time

N = 10000000
RUNS = 5

elapsed = []
for _ in range(RUNS):
    t0 = time.time()
    for i in range(N):
        pass
    elapsed.append(time.time() - t0)
print("STORE_NAME:", " ".join(["%.3fs" % t for t in sorted(elapsed)]))


def store_fast(n, runs):
    elapsed = []
    for _ in range(runs):
        t0 = time.time()
        for i in range(n):
            pass
        elapsed.append(time.time() - t0)
    print("STORE_FAST:", " ".join(["%.3fs" % t for t in sorted(elapsed)]))


store_fast(N, RUNS)
