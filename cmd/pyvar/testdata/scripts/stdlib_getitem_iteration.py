# Iteration through __getitem__ (the old sequence protocol) ends at the
# IndexError a Python __getitem__ raises; the frames that exception's
# traceback held are reused afterwards, so a frame Python kept must stay
# intact and iteration must see each item exactly once.
import sys


class Seq:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        return self.data[i]


class Deep:
    def __init__(self, n):
        self.n = n

    def check(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i

    def __getitem__(self, i):
        return self.check(i)


class Stops:
    def __getitem__(self, i):
        if i == 3:
            raise StopIteration
        return i


kept = []


class Keeps:
    def __getitem__(self, i):
        kept.append(sys._getframe())
        if i == 2:
            raise IndexError("done")
        return i


def many(n):
    out = 0
    for _ in range(n):
        for op, av in Seq([(1, 2), (3, 4)]):
            out += op * av
    return out


print(list(Seq("abc")), list(Deep(4)), list(Stops()))
print(many(1000))
print([x for x in Keeps()], [f.f_code.co_name for f in kept], [f.f_locals["i"] for f in kept])
print(sum(Deep(5)), sorted(Seq([3, 1, 2])), tuple(Seq(())))
it = iter(Seq([1]))
print(next(it), next(it, "end"), next(it, "end"))
try:
    for x in Seq(None):
        pass
except TypeError as e:
    print("TypeError", e)
