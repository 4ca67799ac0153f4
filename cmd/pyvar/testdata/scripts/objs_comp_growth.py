# List comprehensions that size their list from the outer iterator's
# progress: the results must not depend on it (sources that grow, shrink,
# filter, nest, or tell nothing).
src = list(range(300))
print(sum([x * 2 for x in src]), len([x for x in src if x % 7 == 0]))
print(len([x for x in range(1000) if x < 3]), [x for x in range(1000) if x > 996])
print(len([(i, j) for i in range(40) for j in range(i, 40) if (i + j) % 5 == 0]))
print(len([v for row in [[1] * 30] * 40 for v in row if v]))
t = tuple(range(500))
print(sum([x for x in t if x & 1]), len([x for x in t]))
grow = list(range(100))
out = [grow.append(x) or x for x in grow if len(grow) < 400]
print(len(out), len(grow), out[-3:])
shrink = list(range(300))
out = [shrink.pop() for x in shrink]
print(len(out), len(shrink), out[:3])
print(len([x for x in (y for y in range(777))]), len([x for x in iter(range(0, 900, 3))]))
print([x for x in range(10, 0, -1)][:3], len([x for x in range(0, -3000, -7)]))
d = {i: i for i in range(200)}
print(len([k for k in d if k % 2]), len([v for k, v in d.items()]))
l = [x for x in range(100000) if x == 0]
l.append(1)
print(l, [*range(70), -1][-3:], len([0 for _ in range(2 ** 16 + 5)]))
# zip and map of one, two, three and more iterables (one allocation for
# the common widths)
print(list(zip()), list(zip([1, 2])), list(zip([1, 2], "ab")), list(zip([1], "ab", (3, 4))))
print(list(zip(*[[i] * 3 for i in range(5)])), list(zip([1, 2], [3], strict=False)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(map(abs, [-1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1], [2], [3], [4])))
z = zip([1, 2, 3], "abc")
print(next(z), z.__reduce__()[0].__name__, list(z))
print([[r * c for c in range(n)] for n, r in zip(range(1, 6), range(5))])
