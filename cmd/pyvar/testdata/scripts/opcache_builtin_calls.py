# The builtins the eval loop calls directly (len, abs, isinstance, min and
# max of two) behave as their general entry points.
import sys


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __len__(self):
        return self.v

    def __abs__(self):
        return "abs" + str(self.v)

    def __repr__(self):
        return "Box(%d)" % self.v


a, b, c = Box(1), Box(1), Box(2)
print(min(a, b) is a, max(a, b) is a, min(c, a), max(a, c))
print(min(1, 1.0), max(1, 1.0), min(2.5, 2), max(True, 1), min(-0.0, 0.0))
print(min("b", "a"), max([1], [1, 0]), min(3, 2, 1), max((1, 2)))
print(abs(-5), abs(5), abs(-sys.maxsize - 1), abs(-2.5), abs(3 + 4j), abs(Box(7)), abs(True))
print(len([1, 2]), len("héllo"), len({}), len(Box(3)), len(range(10)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(a, Box))
for bad in ("min(1, 'a')", "abs('x')", "len(5)", "len(Box(-1))", "isinstance(1, 2)", "max(1, None)",
            "len()", "len(1, 2)", "abs()", "min(1)", "isinstance(1)"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
len = lambda x: "shadowed"
print(len([1]))
del len
print(len([1]))
