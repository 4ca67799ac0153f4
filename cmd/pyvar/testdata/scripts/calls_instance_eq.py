# == and != between instances: identity while their classes keep object's
# __eq__ and __ne__, the classes' own methods as soon as any defines one.


class P:
    pass


class Q(P):
    pass


a, b, q = P(), P(), Q()


def both(x, y):
    return (x == y, x != y, y == x, y != x)


def show(tag):
    print(tag, both(a, b), both(a, a), both(a, q), both(q, q))


show("plain")
Q.__eq__ = lambda self, o: "Q.eq"
show("Q.__eq__")
Q.__ne__ = lambda self, o: "Q.ne"
show("Q.__ne__")
del Q.__eq__, Q.__ne__
show("deleted")
P.__ne__ = lambda self, o: NotImplemented
show("P.__ne__ NotImplemented")
del P.__ne__
P.__eq__ = object.__eq__
show("P.__eq__ = object.__eq__")
P.__eq__ = lambda self, o: type(o).__name__
show("P.__eq__ replaced")
del P.__eq__
show("back")


class R:
    def __eq__(self, o):
        return "R.eq"


r = R()
print(both(a, r), both(r, a), both(r, r))
q.__class__ = R
print(both(a, q), both(q, q))
q.__class__ = Q


class Meta(type):
    def __eq__(cls, o):
        return "meta"


class M(metaclass=Meta):
    pass


m1, m2 = M(), M()
print(both(m1, m2), M == P, both(m1, 1), both(m1, "s"), both(m1, None))
xs = [P() for _ in range(4)]
print(xs.index(xs[2]), xs[3] in xs, P() in xs, xs.count(xs[1]), [x == xs[1] for x in xs])
for i in range(3):
    print(both(xs[0], xs[i]), a == b == b, a != b != a)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)


class S:
    __slots__ = ()


s1, s2 = S(), S()
print(both(s1, s2), both(s1, s1), both(s1, a))
