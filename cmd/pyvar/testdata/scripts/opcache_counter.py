# `global n; n += 1` rebinds a global on every call (the PEP 509 cache
# misses each time); reads of a global and of a builtin in a loop.
n = 0


def bump():
    global n
    n += 1


def read_loop(k):
    t = 0
    for _ in range(k):
        t += step
    return t


def builtin_loop(k):
    t = 0
    for i in range(k):
        t += abs(-i)
    return t


step = 3
for _ in range(3000):
    bump()
print(n)
total = 0
for _ in range(1100):
    total += read_loop(10)
print(total)
step = 4
print(read_loop(10))
print(sum(builtin_loop(5) for _ in range(1100)))
