def f(a, b, *c, **d):
    def g():
        return a, c, d
    return g
