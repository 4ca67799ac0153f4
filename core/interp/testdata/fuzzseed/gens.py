def gen(n):
    for i in range(n):
        x = yield i
        if x:
            yield x
def deleg():
    r = yield from gen(3)
    return r
g = gen(5)
print(next(g), g.send("s"), list(g))
print(list(deleg()), sum(x * x for x in range(10)))
import itertools
print(list(itertools.islice(itertools.count(5, 2), 4)), list(zip("ab", range(9), strict=False)))
print(list(map(str, filter(None, [0, 1, 2]))), list(enumerate("xy", 3)), list(reversed(range(4))))
def g2():
    try:
        yield 1
    finally:
        print("closed")
x = g2(); next(x); x.close()
