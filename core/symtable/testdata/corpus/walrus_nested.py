def f(xs):
    g = lambda: [(z := x) for x in xs]
    return g, [[(w := y) for y in x] for x in xs]
def h(xs):
    global q
    return [[(q := y) for y in x] for x in xs]
