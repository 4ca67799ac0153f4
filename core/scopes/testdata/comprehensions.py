def comps(xs, ys):
    pairs = [(x, y) for x in xs for y in ys if x != y]
    table = {x: [y for y in ys if y > x] for x in xs}
    uniq = {x % 3 for x in xs}
    lazy = (x * 2 for x in xs)
    funcs = [lambda: x for x in xs]
    return pairs, table, uniq, lazy, funcs


def walrus(xs):
    if (n := len(xs)) > 2:
        print(n)
    found = [last := x for x in xs if x]
    nested = [[(deep := y) for y in x] for x in xs]
    return found, last, nested, deep


top_level = [(seen := i) for i in range(3)]
print(seen, top_level)


class Holder:
    size = 4
    squares = [i * i for i in range(size)]
    gen = (size for _ in range(2))


def genexp_first_iter(rows):
    return sum(cell for row in rows for cell in row)
