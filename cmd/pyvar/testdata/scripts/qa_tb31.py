def f():
    x = 1
    def g():
        print(x)
        x = 2
    g()
f()
