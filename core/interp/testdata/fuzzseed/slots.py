class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print(e)
class Q:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    def __len__(self): return 3
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
    def __contains__(self, x): return x == "in"
    def __call__(self, *a): return a
q = Q(); q.v = 4
print(q.v, len(q), list(q), "in" in q, q(1, 2), [*q], dict.fromkeys(q))
print(sorted([P(2, 1), P(1, 2)], key=lambda o: (o.x, o.y))[0].x)
