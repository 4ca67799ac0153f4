# Generators consumed by list(), tuple(), str.join, sorted, dict, set and
# operator.length_hint (a generator has no length hint: the default).
import operator

xs = [3, 1, 2]
print(list(x * 2 for x in xs), tuple(x for x in xs), "-".join(str(x) for x in xs))
print(sorted(x for x in xs), dict((x, x * x) for x in xs), sorted(set(x % 2 for x in xs)))
print(operator.length_hint(x for x in xs), operator.length_hint((x for x in xs), 7))
g = (x for x in xs)
next(g)
print(operator.length_hint(g, 9), list(g), tuple(g))


def gen(n):
    for i in range(n):
        yield i
    return "r"


print(list(gen(3)), tuple(gen(0)), list(gen(0)))
try:
    tuple(1 / (2 - x) for x in range(4))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(hasattr(g, "__length_hint__"), hasattr(g, "__len__"))
