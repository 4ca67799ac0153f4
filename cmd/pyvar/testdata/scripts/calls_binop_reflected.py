# Binary operators between instances and other types: which of __op__ and
# __rop__ runs, in which order, and the NotImplemented fallbacks (the
# reflected method is looked up only when it may be called).

log = []


class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        log.append(("A.add", type(o).__name__))
        if isinstance(o, (int, A)):
            return A(self.v + (o.v if isinstance(o, A) else o))
        return NotImplemented

    def __radd__(self, o):
        log.append(("A.radd", type(o).__name__))
        return A(self.v + (o if isinstance(o, int) else 100))

    def __repr__(self):
        return "A(%r)" % self.v


class B(A):
    def __radd__(self, o):
        log.append(("B.radd", type(o).__name__))
        return NotImplemented


class C(A):
    pass


class D:
    def __radd__(self, o):
        log.append(("D.radd", type(o).__name__))
        return "D"


class E:
    def __mul__(self, o):
        return NotImplemented


for x, y in [(A(1), 2), (2, A(1)), (A(1), A(2)), (A(1), B(2)), (B(1), A(2)),
             (A(1), C(2)), (C(1), A(2)), (A(1), D()), (A(1), "s"), (1.5, A(1))]:
    log.clear()
    try:
        r = x + y
    except TypeError as e:
        r = "TypeError: %s" % e
    print(r, log)

for x, y in [(E(), 3), (3, E()), (E(), E()), ([1], E())]:
    try:
        print(x * y)
    except TypeError as e:
        print("TypeError:", e)


class F(int):
    def __radd__(self, o):
        return "F.radd"


class G(float):
    def __rsub__(self, o):
        return "G.rsub"


print(1 + F(2), F(2) + 1, 1.0 - G(2), G(2) - 1.0, 3 - G(1))
t = 0
a = A(0)
for i in range(5):
    a = a + i
    t = i + a if i % 2 else t
print(a, t)
