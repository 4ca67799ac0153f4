def f(x):
    class C:
        x = 12
        def m(self):
            return x
        locals()
    return C
def g(x):
    class C:
        y = x
        def m(self):
            return x
        z = list(locals())
    return C
