class C:
    a = 1
    f = lambda self, b=a: b
    def g(self, c=a):
        return c
