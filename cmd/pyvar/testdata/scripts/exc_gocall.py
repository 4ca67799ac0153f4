# Python functions called from Go code with one or two arguments (special
# methods, properties, keys of sorted/min/max, map, filter): plain
# functions, closures, defaults, *args, bound methods, generator
# functions, and errors raised inside them.
import traceback


class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v

    def __hash__(self):
        return hash(self.v)

    def __lt__(self, o):
        return self.v < o.v

    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.v)

    def __getitem__(self, k):
        if k == "boom":
            raise KeyError(k)
        return (self.v, k)

    def __setitem__(self, k, val):
        print("setitem", k, val)

    def __contains__(self, x):
        return x == self.v

    def __getattr__(self, name):
        return "missing " + name

    @property
    def double(self):
        return self.v * 2

    @double.setter
    def double(self, x):
        self.v = x // 2

    @double.deleter
    def double(self):
        print("deleter")

    def __repr__(self):
        return "V(%r)" % self.v


a, b = V(1), V(2)
print(a == V(1), a < b, b < a, {a: "x"}[V(1)], a + b, 3 + a, a + 3)
print(a[7], 1 in a, 2 in a, a.nothing)
a["k"] = "v"
print(a.double)
a.double = 10
print(a.v)
del a.double
try:
    a["boom"]
except KeyError as e:
    print("KeyError", e, len(traceback.extract_tb(e.__traceback__)))

scale = 3


def key(x):
    return -x


def closure_key():
    m = 10
    return lambda x: x % m


def default_key(x, k=2):
    return x % k


def star_key(*a):
    return a[0]


def gen_key(x):
    yield x


class K:
    def __init__(self, s):
        self.s = s

    def key(self, x):
        return x * self.s


xs = [5, 12, 3, 27, 8]
print(sorted(xs, key=key), sorted(xs, key=closure_key()), sorted(xs, key=default_key))
print(sorted(xs, key=star_key), sorted(xs, key=K(-1).key), min(xs, key=key), max(xs, key=closure_key()))
print(sorted([V(3), V(1), V(2)]), min(V(3), V(1)), max([V(3), V(5), V(4)]))
print(list(map(key, xs)), list(map(K(2).key, xs)), list(filter(lambda x: x > 6, xs)))
print([type(g).__name__ for g in map(gen_key, [1])])


def bad(x):
    if x == 3:
        raise ValueError("bad key %d" % x)
    return x


for f in (lambda: sorted(xs, key=bad), lambda: list(map(bad, xs)), lambda: min(xs, key=bad)):
    try:
        f()
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print("ValueError", e, [t.name for t in tb])


def deep(n):
    return sorted([n, n - 1], key=lambda x: deep(x - 1) if x > 0 else x)


try:
    deep(10000)
except RecursionError as e:
    print("RecursionError", str(e)[:40])
