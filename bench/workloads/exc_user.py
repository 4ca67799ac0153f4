# A user exception class whose __init__ calls super().__init__ (instance
# creation through BaseException.__new__ and __init__, a zero-argument
# super() and its method call), raised and caught in the same function.
import time

N = 1000000


class FieldError(ValueError):
    def __init__(self, field, value):
        super().__init__(field)
        self.field = field
        self.value = value


def run(n):
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        try:
            raise FieldError("age", i)
        except FieldError as e:
            total += e.value
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
