# LOAD_FAST then LOAD_ATTR run as one superinstruction when the attribute
# cache has an instance hit (code.Quicken's LOAD_FAST__LOAD_ATTR); anything
# else runs LOAD_ATTR alone: the same values, errors and lines.


class P:
    kind = "class attr"

    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2


class G(P):
    def __getattr__(self, name):
        return "getattr:" + name


class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 5


def reads(o):
    return o.x, o.kind, o.double


for o in [P(1), P(2), G(3)]:
    print(reads(o))
g = G(4)
print(g.missing, g.x)
p = P(5)
p.x = 50
print(reads(p))
p.__dict__["kind"] = "instance shadows"
print(reads(p))
del p.x
try:
    reads(p)
except AttributeError as e:
    print("AttributeError", e, e.__traceback__.tb_next.tb_lineno - reads.__code__.co_firstlineno)
s = S()
print(s.a)


def unbound():
    if False:
        q = None
    return q.x


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def loop(objs):
    t = 0
    for o in objs:
        t += o.x
    return t


print(loop([P(i) for i in range(10)] + [G(1)]))
P.x = "class x"
print(loop([P(1)]), P("a").x)
