data = {"apple": 3, "banana": 1, "cherry": 2}
for k, v in sorted(data.items(), key=lambda kv: kv[1]):
    print(f"{k:>10}: {v:3d} {v / 3:.2f} {v!r} {k!s:^9}|")
print({k: v * 2 for k, v in data.items() if v > 1})
print([x ** 2 for x in range(10) if x % 2], sum(x for x in range(5)))
words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda w: (-counts[w], w))[:3])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), list(enumerate(words[:3], start=1)))
m = [[1, 2], [3, 4]]
print([[row[i] for row in m] for i in range(2)], [y for x in m for y in x])
print("%-10s|%5.1f%%" % ("rate", 12.345), "{:<8}{:>8}".format("left", "right"))
print(round(3.14159, 2), round(2.5), round(3.5), int("42") + float("1.5"), 7 // 2, -7 // 2, 7 % -3, 2 ** 0.5)
print(1e100, 1.0e-10, 3.0, 1 / 7, 10 / 2, 2 ** 62, 2 ** 64, -2 ** 63, float("inf"), -float("inf"), float("nan"))
print(str(123), repr("x"), ascii("ü"), bool(""), bool("0"), bool([]), bool([0]), None is None)
s = "Hello, World"
print(s.lower().count("l"), s.find("World"), s[::-1], s[7:], s.replace("World", "There"), len(s), s * 2)
print("-".join(map(str, range(5))), "a,b,,c".split(","), "  padded  ".strip(), "x".join("abc"))
t = (1, 2, 3)
a, *rest = t
print(a, rest, t[::-1], t.index(2), t + (4,), t * 2, len(t), min(t), max(t), sorted(t, reverse=True))
st = {3, 1, 2}
st.add(5); st.discard(1)
print(st, 2 in st, len(st), sorted(st | {10}), st & {2, 3}, st - {2})
lst = [5, 3, 8, 1]
lst.sort(); lst.append(10); lst.insert(0, 0); lst.extend([11, 12]); lst.remove(8)
print(lst, lst.pop(), lst.index(5), lst[-2:], lst[1:4], [x for x in reversed(lst)])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
ps = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(sorted(ps), ps[0] + ps[1], {ps[0]: 1}, Point(1, 2) in ps, len({Point(1, 1), Point(1, 1)}))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    int("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise RuntimeError("boom") from ValueError("cause")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)), next(iter(gen(3))), sum(gen(4)))
print(isinstance(True, int), type(1.0).__name__, type([]) is list, callable(print), hasattr("", "upper"))
print(divmod(17, 5), abs(-3.5), pow(2, 10), pow(2, 10, 1000), hex(255), bin(5), oct(64), chr(97), ord("a"))
print(any(x > 3 for x in [1, 5]), all([]), list(filter(str.isdigit, "a1b2")), list(map(len, ["a", "bb"])))
d2 = dict(zip("abc", range(3)))
d2.update(d=3); d2.pop("a"); d2.setdefault("e", 4)
print(d2, list(d2), list(d2.values()), d2.get("z", "default"), "b" in d2, len(d2))
print(f"{3.14159:.3f} {42:05d} {255:#x} {1234567:,} {0.5:.1%} {'s':*>5} {-1.5:+.1f} {1e6:e} {10**20:_}")
print(f"{'nested {}'.format(1)} {[1, 2]!s} {3 + 4} {'a' if True else 'b'}")
x = 10
print(f"{x=}", f"{x * 2 = }", f"{x!r:>5}")
