def f(a, b=2, *args, c, d=4, **kw):
    x = a + b
    y = x * c
    del x
    return y, args, kw, d
