# Mixed scopes: one loop reads a local, a free variable, a module global and
# a builtin, and writes a local and a cell.
N = 1500000
SCALE = 3


def outer():
    offset = 1
    acc = 0

    def inner(n):
        nonlocal acc
        local = 0
        for i in range(n):
            local = i * SCALE + offset
            acc += abs(local) - i
        return local

    last = inner(N)
    return acc, last


print(outer())
