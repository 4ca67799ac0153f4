def f(xs, n):
    a = [x * n for x in xs if x]
    b = {x: y for x in xs for y in range(n)}
    c = {x for x in xs}
    d = (x + n for x in xs)
    e = [[y for y in range(x)] for x in xs]
    g = [y for x in xs for y in [x * 2]]
    return a, b, c, d, e, g

top = [i for i in range(10) if i % 2 if i > 3]
gen = sum(i for i in range(10))
