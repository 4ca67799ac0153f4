# STORE_ATTR appending a new attribute to an instance's values (the inline
# cache's append hit): the instance __dict__ keeps insertion order whatever
# order, gaps and deletions the stores take.


class P:
    def __init__(self, a, skip=False, late=False):
        if late:
            self.c = "c-first"
        self.a = a
        if not skip:
            self.b = a + 1
        self.c = a + 2


objs = [P(1), P(2, skip=True), P(3, late=True), P(4), P(5, skip=True)]
for o in objs:
    print(vars(o))


def fill(o, names):
    for n in names:
        setattr(o, n, n.upper())


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i)
        self.last = n


for n in (0, 3, 7, 8, 9, 12):
    w = Wide(n)
    print(n, list(vars(w).items())[-2:], len(vars(w)))


class Q:
    def __init__(self, x):
        self.x = x
        self.y = x * 2


q1 = Q(1)
del q1.x
q1.x = 10  # x now after y
q2 = Q(2)
print(vars(q1), vars(q2))
q3 = Q(3)
d = q3.__dict__
q4 = Q(4)
d["z"] = 0
print(vars(q3), vars(q4), q3.z)


class R:
    def __init__(self, v):
        self.v = v
        self.w = v


r = R(1)
r.__class__ = Q
r.x = 5  # a Q-site store on an instance with R's keys
print(vars(r), r.x, isinstance(r, Q))
r2 = Q(7)
print(vars(r2))


class S:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3


s = S()
print(s.a, vars(s))


# The same store site seeing several classes and instances out of order.
def init(o, k):
    o.p = k
    o.q = k
    o.r = k


class A1:
    pass


class A2:
    pass


xs = []
for i in range(12):
    o = (A1 if i % 2 else A2)()
    if i % 3 == 0:
        o.r = "early"
    init(o, i)
    xs.append(o)
print([list(vars(o)) for o in xs[:4]], [o.r for o in xs])
