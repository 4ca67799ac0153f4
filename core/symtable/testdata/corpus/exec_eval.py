def f():
    exec("x = 1")
    return locals()
def g():
    x = 1
    return eval("x")
