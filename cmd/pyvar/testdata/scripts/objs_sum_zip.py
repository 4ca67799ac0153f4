# sum() over ints and floats (the fast adds must agree with +, overflow to
# big ints, mixed kinds) and zip() over list and tuple iterators.
big = 2**63 - 1
print(sum([1, 2, 3]), sum([big, 1]), sum([-big, -1, -1]), sum([big, big, -big]))
print(sum([0.1] * 10), sum([1.5, 2]), sum([1, 2.5]), sum([True, True, 3]), sum([1, True]))
print(sum([-0.0, -0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([float("inf"), -float("inf")]))
print(sum(x * x for x in range(100)), sum(range(10), 100), sum([[1], [2]], []))
print(sum([2**70, 1, 1.0]), sum([1, 2**64]), sum([1.0, 2**53 + 1]))
class I(int):
    def __add__(self, other):
        return "I.add"
    __radd__ = __add__
print(sum([1, I(2)]), sum([I(1)]), sum([I(1), I(2)]))
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError", e)

a = [1, 2, 3]
t = (4, 5, 6, 7)
print(list(zip(a, t)), list(zip(t, a, "xy")), list(zip()))
z = zip(a, t)
print(next(z))
a.append(9)
print(list(z))
it = iter([1, 2])
print(list(zip(it, it, it)))
try:
    list(zip(a, t, strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip((1, 2), [3, 4], strict=True)))
for x, y in zip([1, 2, 3], (4, 5, 6)):
    print(x * y, end=" ")
print()
print([x * y for x, y in zip(range(3), iter([5, 6, 7]))])
