import dis
def f(x):
    y = x + 1
    return y
dis.dis(f)
def g():
    a = 1
    def h():
        return a
    return h
dis.dis(g)
