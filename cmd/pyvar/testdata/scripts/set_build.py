# New sets are built in a reusable scratch table (set(iterable),
# frozenset(iterable), &, -, intersection, difference, copies): the
# results' iteration order, sizes and errors must be CPython's.
import sys

def show(label, s):
    print(label, type(s).__name__, len(s), list(s), sys.getsizeof(s) > 0)

# Orders that depend on the table's growth history (colliding hashes).
for n in (0, 1, 4, 5, 8, 19, 20, 21, 77, 78, 300):
    xs = [(i * 37) % 1000 + (i % 3) * 1024 for i in range(n)]
    show("set%d" % n, set(x for x in xs))
    show("fz%d" % n, frozenset(iter(xs)))
    a = set(xs)
    b = set(xs[::2])
    show("and%d" % n, a & b)
    show("rand%d" % n, b & a)
    show("sub%d" % n, a - b)
    show("rsub%d" % n, b - a)
    show("isec%d" % n, a.intersection(iter(xs[1::3])))
    show("diff%d" % n, a.difference(xs[::5]))
    show("copy%d" % n, a.copy())
    show("fcopy%d" % n, frozenset(a) - set())

# Strings (their order changes with the hash seed), negative and large hashes.
words = "the quick brown fox jumps over the lazy dog again and again".split()
print("words", sorted(set(w for w in words)))
show("mixed", set([1, 1.0, True, -1, -2, 2**70, 0.5, 2**61 - 1, 2**61, -2**61]))

# A build nested in another build, and builds that fail half-way: the
# scratch table must come back empty for the next one.
def inner(i):
    return len(set(range(i, i + 30)))
show("nested", set(inner(i) + i for i in range(25)))
show("nested2", frozenset(frozenset(range(i)) for i in range(12)))

def failing(n):
    for i in range(n):
        yield i
    raise ValueError("boom at %d" % n)
for n in (3, 40):
    try:
        set(failing(n))
    except ValueError as e:
        print("error", e)
    show("after%d" % n, set(range(n, n + 7)))
try:
    set([1, 2, [3]])
except TypeError as e:
    print("TypeError", e)
try:
    frozenset(x for x in [{}, 1])
except TypeError as e:
    print("TypeError", e)
print("after-type", sorted(frozenset("abcde")))

# User keys: __hash__ and __eq__ calls are counted as CPython counts them.
calls = []
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append("h%d" % self.v)
        return self.v % 4
    def __eq__(self, other):
        calls.append("e%d" % self.v)
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v
ks = [K(i) for i in range(10)] + [K(3)]
s = set(k for k in ks)
print(sorted(s, key=lambda k: k.v), len(calls))
calls.clear()
t = s & set(ks[::2])
print(sorted(t, key=lambda k: k.v), len(calls))
calls.clear()
u = s - set(ks[:3])
print(sorted(u, key=lambda k: k.v), len(calls))

# An __eq__ that raises in the middle of an intersection.
class Bad:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError("eq")
try:
    {Bad(), 1} & {Bad(), 2}
except RuntimeError as e:
    print("RuntimeError", e)
show("after-bad", {1, 2, 3} & {2, 3, 4})

# Subclasses still go through __init__; set.__new__ alone is empty.
class S(set):
    def __init__(self, it, extra=0):
        super().__init__(it)
        self.extra = extra
s = S((i for i in range(5)), extra=3)
print(type(s).__name__, sorted(s), s.extra)
print(set.__new__(set, [1, 2]), frozenset.__new__(frozenset, [1, 2]))
e = set()
e.__init__(x for x in "abc")
print(sorted(e))
e.__init__([9])
print(e)
try:
    set([1], [2])
except TypeError as e:
    print("TypeError", e)
try:
    set(iterable=[1])
except TypeError as e:
    print("TypeError", e)
print(set(1 for _ in range(0)), set(), frozenset())
# The result of a build is a new object every time.
a = set(range(50))
b = set(range(50))
a.add(100)
print(len(a), len(b), a is b)
