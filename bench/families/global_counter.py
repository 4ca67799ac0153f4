# `global n; n += 1`: a function loop that rebinds a module global
# (LOAD_GLOBAL, STORE_GLOBAL) on every iteration.
N = 3000000
n = 0


def count(k):
    global n
    for i in range(k):
        n += 1


count(N)
print(n)
