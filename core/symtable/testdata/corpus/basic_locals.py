x = 1
def f(a, b=x, *args, c, d=2, **kw):
    y = a + b
    return y + x + len(args)
