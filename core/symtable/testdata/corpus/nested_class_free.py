def f():
    x = 1
    class C:
        def m(self):
            class D:
                def n(self):
                    return x
            return D
    return C
