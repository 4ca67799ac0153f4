# Polymorphic attribute sites: one LOAD_METHOD, LOAD_ATTR and STORE_ATTR
# each see four classes in turn (as a task scheduler's do); one iteration
# is the four objects.
import time

N = 250000


class Task:
    def __init__(self, p):
        self.p = p
        self.q = 1

    def step(self):
        return self.p


class A(Task):
    def step(self):
        return self.p + 1


class B(Task):
    def step(self):
        return self.p + 2


class C(Task):
    def step(self):
        return self.p + 3


class D(Task):
    def step(self):
        return self.p + 4


def run(n):
    objs = [A(1), B(2), C(3), D(4)]
    total = 0
    t0 = time.perf_counter()
    for i in range(n):
        for o in objs:
            total += o.step() + o.q
            o.q = i
    return total, time.perf_counter() - t0


checksum, elapsed = run(N)
print("result", checksum, elapsed, N)
