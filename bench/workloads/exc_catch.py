# Raising and catching: a function raises a built-in exception that its
# caller catches (RAISE_VARARGS, the traceback entry, the except handler's
# exc_info save and restore), plus a try/except and a with block that see
# no exception.
import time

N = 1000000


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return False


def fail(x):
    raise ValueError(x)


def run(n):
    total = 0
    c = Ctx()
    t0 = time.perf_counter()
    for i in range(n):
        try:
            fail(i)
        except ValueError as e:
            total += 1
        try:
            total += i
        except KeyError:
            pass
        with c:
            total += 1
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
