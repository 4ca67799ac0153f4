class C:
    xs = [1, 2]
    ys = [x for x in xs]
    zs = [[x, y] for x in xs for y in xs]
    lam = lambda v=xs: v
