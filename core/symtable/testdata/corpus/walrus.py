def f(xs):
    if (n := len(xs)) > 1:
        pass
    ys = [(m := x) for x in xs]
    zs = [[(k := y) for y in x] for x in xs]
    return n, m, k
total = [(t := i) for i in range(3)]
print(t)
def g(xs):
    global q
    return [(q := x) for x in xs]
