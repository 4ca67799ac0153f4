# LOAD_ATTR of a class attribute through an instance (self.kind), cached
# per site: every change that must be seen is seen.


class Base:
    kind = "base"
    size = 1
    pair = (1, 2)

    def __init__(self, x):
        self.x = x


class Sub(Base):
    pass


def read(o):
    return (o.kind, o.size, o.pair)


a, b = Base(1), Sub(2)
out = []
for step in range(14):
    if step == 2:
        Base.size = 2  # another int
    elif step == 3:
        Base.size = "two"  # another type
    elif step == 4:
        Base.pair = (3, 4)  # same type, new value
    elif step == 5:
        Sub.kind = "sub"  # the subclass shadows the base
    elif step == 6:
        b.kind = "own"  # the instance shadows the class
    elif step == 7:
        del b.kind
    elif step == 8:
        Base.size = property(lambda self: "prop%d" % self.x)
    elif step == 9:
        Base.size = staticmethod(len)
    elif step == 10:
        del Sub.kind
        Base.size = 10
    elif step == 11:
        a.__dict__["size"] = "in dict"
    elif step == 12:
        b.__class__ = Base
    elif step == 13:
        class Get:
            def __get__(self, o, t):
                return "got"
        Base.pair = Get()
    seen = {(read(a), read(b)) for _ in range(3)}
    assert len(seen) == 1, seen
    out.append((step,) + seen.pop())
for line in out:
    print(line)


# The same site seeing several classes, one of them without __dict__.
class S:
    __slots__ = ("v",)
    kind = "slots"

    def __init__(self):
        self.v = 0


class T:
    kind = "t"


class U(T):
    kind = None


objs = [S(), T(), U(), Base(0), S()]
print([o.kind for o in objs for _ in range(3)])
T.kind = 3.5
print([o.kind for o in objs])
U.kind = T
print([getattr(o, "kind") for o in objs], [o.kind for o in objs])
