f = lambda: lambda: lambda: (lambda x: x)(1)
print(f()()())
def a():
    def b():
        def c():
            def d():
                return "deep"
            return d()
        return c()
    return b()
print(a(), (lambda *a: (lambda **k: (a, k)))(1)(x=2))
