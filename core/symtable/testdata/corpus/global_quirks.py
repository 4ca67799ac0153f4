def f():
    global a, b
    a = 1
    return b
a = 0
print(a, b)
def g():
    global c
    del c
def h():
    x = 1
    def i():
        global x
        x = 2
    def j():
        return x
    return i, j
