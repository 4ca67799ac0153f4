# An augmented assignment makes `a` local, so reading it first fails.
a = 1


def f():
    a += 1
    return a


print(f())
