# Generators suspend and resume their frame; comprehensions are functions.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value)


def delegate():
    result = yield from countdown(2)
    yield result


print(list(delegate()))


def accumulate():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got


acc = accumulate()
next(acc)
print(acc.send(5), acc.send(10))
acc.close()

squares = (x * x for x in range(5))
print(sum(squares), list(squares))
print([x for x in range(10) if x % 3 == 0], {x % 3 for x in range(10)}, {k: v for k, v in zip("ab", (1, 2))})
x = "module x"
print([x for x in "ab"], x)
print([(i, j) for i in range(3) for j in range(i)])


def closure_over_comprehension():
    base = 10
    return [lambda: base + i for i in range(2)][1]()


print(closure_over_comprehension())
