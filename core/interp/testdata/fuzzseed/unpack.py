a, *b, c = range(5)
(d, e), f = "xy", [1]
print(a, b, c, d, e, f, [*"ab", *range(2)], {**{"k": 1}, "j": 2}, (*b,))
first, second = second, first = 1, 2
print(first, second)
x = y = z = []
x.append(1)
print(y, z is x)
def kw(**k): return k
print(kw(**{"a": 1}, b=2), print(*[1, 2], sep="-", end="!\n"))
l = list(range(10))
l[::2] = "abcde"
print(l, l[-3:], l[:-20], l[5:2:-1])
