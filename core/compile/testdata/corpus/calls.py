def f(*a, **k):
    return a, k
f(1, 2, x=3)
f(*[1], **{'a': 1})
obj = object()
obj.__str__()
f(1, *range(3), 4, y=5, **{'z': 6})
print(f(0), sep=' ')
