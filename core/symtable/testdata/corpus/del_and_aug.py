def f():
    a += 1
    del b
    c = 1
    def g():
        return c
    del c
    return g
