# global cache vs class/module namespaces and functions defined in other modules' globals
class C:
    pass
def use_c():
    return C.__name__
names = []
for i in range(2000):
    if i == 1100:
        class C:
            pass
        C.__name__ = "C2"
    names.append(use_c())
print(names[1099], names[1100], names[-1])
def deep():
    return abs(-1) + int("2") + len("abc") + max(1, 2)
print(sum(deep() for _ in range(2000)))
g = {}
exec("def h():\n    return x\nx = 1", g)
acc = []
for i in range(2000):
    if i == 1500:
        g["x"] = 2
    if i == 1800:
        g.clear()
        g["x"] = 3
    acc.append(g["h"]() if "h" in g else "gone")
print(acc[1499], acc[1500], acc[1800], acc[-1])
import sys
mod = sys.modules[__name__]
def readmod():
    return MODVAL
MODVAL = "a"
r = []
for i in range(2000):
    if i == 1300:
        setattr(mod, "MODVAL", "b")
    if i == 1600:
        mod.__dict__["MODVAL"] = "c"
    r.append(readmod())
print(r[1299], r[1300], r[1600])
