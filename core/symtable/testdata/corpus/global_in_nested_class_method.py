x = 0
def f():
    x = 1
    class C:
        def m(self):
            global x
            x = 2
        def n(self):
            return x
    return C
