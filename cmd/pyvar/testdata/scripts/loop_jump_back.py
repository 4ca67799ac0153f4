# A for loop's last statement and its back-edge run as one superinstruction
# (POP_TOP__JUMP_BACK, LIST_APPEND__JUMP_BACK in code.Quicken): over range,
# list, tuple, str, dict and generator iterators, nested, with break/else.
import sys

out = []
for i in range(5):
    out.append(i * i)
print(out)

for x in [3, 1, 2]:
    out.append(x)
for x in (7, 8):
    out.append(x)
for ch in "ab":
    out.append(ch)
for k in {"p": 1, "q": 2}:
    out.append(k)


def gen(n):
    for i in range(n):
        yield i + 100


for v in gen(3):
    out.append(v)
print(out)

print([i * 2 for i in range(6)], [c.upper() for c in "xyz"], [t for t in (1, 2, 3) if t != 2])
print([j for j in gen(4)], [[a + b for b in range(a)] for a in range(4)])
print([x for x in []], [x for x in range(0)])


def nested(n):
    acc = []
    for a in range(n):
        for b in range(a):
            acc.append((a, b))
        acc.append(-a)
    else:
        acc.append("done")
    return acc


print(nested(4))


def with_break(items):
    seen = []
    for it in items:
        if it == 3:
            break
        seen.append(it)
    else:
        seen.append("no break")
    return seen


print(with_break([1, 2, 3, 4]), with_break([1, 2]))


def raises_in_body():
    for i in range(3):
        len(i)


try:
    raises_in_body()
except TypeError as e:
    tb = e.__traceback__.tb_next
    print(type(e).__name__, e, tb.tb_lineno - raises_in_body.__code__.co_firstlineno)


class Tracker:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return x


t = Tracker()
for i in range(4):
    t.add(i)
print(t.items, sys.getrefcount is not None)
