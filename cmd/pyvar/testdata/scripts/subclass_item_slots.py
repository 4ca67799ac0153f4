# Subscripts of instances of list and dict subclasses that do not override
# __getitem__/__setitem__ call the built-in slot directly; overrides added
# or removed later, __missing__ and the errors are those of the slots.
import collections


class D(dict):
    pass


class L(list):
    pass


class M(dict):
    def __missing__(self, key):
        return "missing " + repr(key)


d = D(a=1)
d["b"] = 2
d["a"] += 10
print(d, d["a"], d.get("z"))
try:
    d["z"]
except KeyError as e:
    print("KeyError", e)
m = M()
print(m["q"], m.get("q"), "q" in m)
m["q"] = 1
print(m["q"])

l = L([1, 2, 3])
l[0] += 5
l[-1] = 9
print(l, l[1], l[0:2], l[::-1])
try:
    l[10]
except IndexError as e:
    print("IndexError", e)
try:
    l[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    l["x"]
except TypeError as e:
    print("TypeError", e)

# Overrides added to the class later, then removed.
for step in range(4):
    if step == 1:
        D.__getitem__ = lambda self, k: "overridden " + k
        D.__setitem__ = lambda self, k, v: dict.__setitem__(self, k, v * 100)
    if step == 3:
        del D.__getitem__
        del D.__setitem__
    d["c"] = step
    print(step, d["c"], dict.__getitem__(d, "c"))
    if step == 2:
        D.__missing__ = lambda self, k: "now missing"
        print(d["nope"])

c = collections.Counter()
for w in "the quick the lazy the end".split():
    c[w] += 1
print(c.most_common(2), c["absent"])
od = collections.OrderedDict()
od["x"] = 1
od["x"] += 1
print(od)

# The slot wrappers called explicitly keep their argument checks.
try:
    list.__setitem__(l, 0)
except TypeError as e:
    print("TypeError", e)
try:
    dict.__getitem__([], 0)
except TypeError as e:
    print("TypeError", e)
