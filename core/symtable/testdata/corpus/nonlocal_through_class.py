def f():
    v = 1
    class C:
        def m(self):
            nonlocal v
            v = 2
    return C
