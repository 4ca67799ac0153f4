# range slicing with small bounds takes an int64 path; it must agree with
# the general one (in Python ints) at every boundary.
import hashlib, itertools

rs = [range(0), range(10), range(-5, 20, 3), range(20, -5, -3), range(1, 100, 7),
      range(5, 5), range(2**31 - 10, 2**31 + 10), range(-2**31 + 1, -2**31 + 9, 2),
      range(-2**40, 2**40, 2**35), range(10**20, 10**20 + 50, 7)]
vals = [None, 0, 1, -1, 2, -2, 3, 5, -7, 9, 100, -100, 2**31 - 1, -2**31 + 1, 2**31, 2**63, -2**63]
steps = [None, 1, -1, 2, -2, 3, -5, 2**31 - 1, -2**31 + 1, 2**40, -2**40]
out = []
for r in rs:
    for a, b, c in itertools.product(vals, vals, steps):
        x = r[a:b:c]
        out.append((x.start, x.stop, x.step, len(x), list(x[:3])))
print(len(out), hashlib.md5(str(out).encode()).hexdigest())
for i in range(0, len(out), 1499):
    print(out[i])
try:
    range(5)[::0]
except ValueError as e:
    print("ValueError", e)

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
print(range(10)[I(2):I(6):I(2)], range(10)[True:3], range(10)[False::True])
try:
    range(10)["a":]
except TypeError as e:
    print("TypeError", e)

# The tree of pyperformance's async_generators: slices of slices.
def tree(r):
    if not r:
        return 0
    i = len(r) // 2
    return 1 + tree(r[:i]) + tree(r[i + 1:])
print(tree(range(1000)), range(1000)[:500][250:][::-3][:4])
