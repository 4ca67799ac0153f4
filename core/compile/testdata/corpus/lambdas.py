f = lambda x, y=1, *a, k=2, **kw: x + y
def g(n):
    return lambda m: n + m
h = lambda: (yield)
sorted([1, 2], key=lambda v: -v)
