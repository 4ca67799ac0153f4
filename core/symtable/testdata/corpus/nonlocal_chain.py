def f():
    x = 1
    def g():
        nonlocal x
        def h():
            nonlocal x
            x = 3
        return h
    return g
