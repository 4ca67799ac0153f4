# Closures and higher-order functions: counters with nonlocal, function
# composition, partial application by hand, map/filter with lambdas.
import time

N = 60


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def compose(f, g):
    return lambda x: f(g(x))


def adder(k):
    def add(x):
        return x + k
    return add


def scaler(k):
    return lambda x: x * k


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


def main(n):
    total = 0
    for r in range(n):
        c = make_counter(r)
        for i in range(2000):
            c()
        total += c(0)
        f = compose(adder(3), scaler(2))
        g = compose(f, f)
        total += sum(g(i) for i in range(2000))
        total += sum(map(lambda x: x % 7, filter(lambda x: x % 3, range(3000))))

        @memoize
        def collatz(k):
            if k == 1:
                return 0
            return 1 + collatz(k // 2 if k % 2 == 0 else 3 * k + 1)
        total += max(collatz(k) for k in range(1, 600))
    return total


t0 = time.process_time()
checksum = main(N)
elapsed = time.process_time() - t0
print("result", checksum, elapsed, N)
