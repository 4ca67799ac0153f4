f = lambda x, y=1, *a, k, **kw: x + y + k
def g(n):
    return lambda m: n + m
h = lambda: (lambda: z)
