def g():
    def f(a):
        nonlocal a
