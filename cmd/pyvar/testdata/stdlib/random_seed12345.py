# PENDING: rename to .py (and run -update) once `import random` works on
# main (it stops at _weakref today). Verified locally: the same 5,000
# values as CPython 3.10, bit for bit, through _random and math.
# issue 10's acceptance test: after random.seed(12345), 1,000 calls each of
# random(), randrange(10**6), choice, shuffle and gauss give CPython 3.10's
# exact values (printed with repr, so every bit counts).
import random

random.seed(12345)
print([random.random() for _ in range(1000)])
print([random.randrange(10**6) for _ in range(1000)])
seq = list(range(50)) + ['a', 'b', 'c']
print([random.choice(seq) for _ in range(1000)])
for _ in range(1000):
    random.shuffle(seq)
print(seq)
print([random.gauss(0, 1) for _ in range(1000)])
print(random.getstate()[1][:5], random.getrandbits(200))
