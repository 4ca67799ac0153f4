def f(x):
    return (y for y in x for z in y)
def g():
    x = [1]
    return [lambda: x for _ in x]
