def f(xs, ys):
    a = [x * y for x in xs for y in ys if x]
    b = {x: y for x, y in zip(xs, ys)}
    c = {x for x in xs}
    d = (x for x in xs)
    e = [[y for y in x] for x in xs]
    g = [lambda: x for x in xs]
    return a, b, c, d, e, g
z = [i for i in range(3)]
class K:
    v = 3
    w = [v for _ in range(v)]
