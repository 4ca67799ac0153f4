# dict(zip(a, b)) and dict(enumerate(x)) take their pairs unpacked; subclasses keep their __next__
class Z(zip):
    def __next__(self):
        t = super().__next__()
        return (t[1], t[0])
print(dict(Z(range(3), "abc")))
class E(enumerate):
    pass
print(dict(E("xyz", 5)))
def gen():
    yield 1
    yield 2
    raise KeyError("boom")
try:
    dict(zip(gen(), gen()))
except KeyError as e:
    print("KeyError", e)
print(dict(zip(range(3), range(3), strict=True)))
try:
    dict(zip(range(3), range(4), strict=True))
except ValueError as e:
    print("ValueError", e)
z = zip("ab", "cd")
print(dict(z), dict(z))
d = {0: 0}
d.update(enumerate("pqr"))
print(d)
print(dict(zip(range(2), range(2), range(2))) if False else "skip3")
try:
    dict(zip("ab", "cd", "ef"))
except ValueError as e:
    print("ValueError", e)
