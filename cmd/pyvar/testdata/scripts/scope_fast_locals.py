# Function locals live in fast slots; the module's names are untouched.
x = "module x"
y = "module y"


def f(a, b=2, *rest, c, d=4, **kw):
    x = a + b
    y = x * 2
    total = x + y + c + d + sum(rest) + sum(kw.values())
    return x, y, total


print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, d=6, e=7, g=8))
print(x, y)


def swap(p, q):
    p, q = q, p
    return p, q


print(swap("left", "right"))
first, *middle, last = range(6)
print(first, middle, last)
