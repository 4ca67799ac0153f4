# generator expressions and comprehensions: evaluation order, exceptions, nested scopes
def src(tag, n):
    print("src", tag)
    return range(n)
g = ((a, b) for a in src("outer", 2) for b in src("inner", 2))
print("created")
print(list(g))
print([(a, b) for a in src("o2", 2) if a for b in src("i2", a + 1)])
print({a: [b for b in src("d", a)] for a in range(3)})
def raiser(v):
    if v == 2: raise ValueError(v)
    return v
try:
    print([raiser(v) for v in range(4)])
except ValueError as e:
    print("ValueError", e)
gen = (raiser(v) for v in range(4))
print(next(gen), next(gen))
try:
    next(gen)
except ValueError as e:
    print("ValueError in genexpr", e)
print(list(gen))
print(sum(x for x in range(5) if x % 2), max((len(w), w) for w in "a bb ccc".split()), list(zip(*((i, i * i) for i in range(3)))))
print([[y for y in range(x)] for x in range(3)], [x for x in [y for y in range(5)] if x > 2])
print({x % 3 for x in range(10)} == {0, 1, 2}, sorted({c: i for i, c in enumerate("abca")}.items()))
nested = [[1, 2], [3, [4, 5]]]
print([v for sub in nested for v in (sub if isinstance(sub, list) else [sub])])
