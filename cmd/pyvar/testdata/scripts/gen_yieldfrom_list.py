# yield from a list (and other iterators) driven from Go (sum, list, next)
# and from a for loop: values, mutation while delegating, send of a
# non-None value, throw, gi_yieldfrom, an empty list, the return value.


def flat(parts):
    for p in parts:
        r = yield from p
        assert r is None


print(sum(flat([[1, 2], [], [3], list(range(5))])))
print(list(flat([[1], (2, 3), iter([4]), "ab"])))

grow = [1, 2]


def g1():
    yield from grow


out = []
for x in g1():
    out.append(x)
    if len(grow) < 5:
        grow.append(x * 10)
print(out, grow)

g = g1()
print(next(g), type(g.gi_yieldfrom).__name__)
try:
    g.send(7)
except AttributeError as e:
    print("send:", e)
print(g.gi_yieldfrom, g.gi_frame)

g = g1()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("throw:", repr(e))
print(next(g, "done"))


def g2():
    try:
        yield from [1, 2, 3]
    finally:
        print("closing at", "finally")


g = g2()
print(next(g), next(g))
g.close()
print(next(g, "closed"))


def g3(items):
    n = yield from items
    return n


g = g3([])
try:
    next(g)
except StopIteration as e:
    print("empty:", e.value)

shrink = [1, 2, 3, 4]


def g4():
    yield from shrink


out = []
for x in g4():
    out.append(x)
    shrink.pop()
print(out)
print(max(flat([[5, 1], [9], [2]])), any(x > 8 for x in flat([[5], [9]])))
