# User-defined special methods used by everyday code.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __bool__(self):
        return bool(self.x or self.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)


v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, v == Vec(1, 2), v != w, len(v), list(v), v[1])
print(bool(Vec(0, 0)), sorted([w, v]), {v: "a"}[Vec(1, 2)])
try:
    v + 1
except TypeError as e:
    print(e)


class Box:
    def __init__(self):
        self.items = {}

    def __setitem__(self, k, val):
        self.items[k] = val

    def __getitem__(self, k):
        return self.items[k]

    def __delitem__(self, k):
        del self.items[k]

    def __contains__(self, k):
        return k in self.items

    def __call__(self, *args, **kw):
        return args, kw

    def __getattr__(self, name):
        return "dynamic " + name

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


b = Box()
b["k"] = 1
print(b["k"], "k" in b, "z" in b, b(1, two=2), b.missing)
del b["k"]
print("k" in b)
with b as same:
    print(same is b)
    raise ValueError("swallowed")
print("after with")
