# exercise interpreter fast paths with subclasses and edge values
class F(float):
    def __add__(self, o): return "F.add"
    def __radd__(self, o): return "F.radd"
    def __mul__(self, o): return "F.mul"
    def __truediv__(self, o): return "F.div"
    def __sub__(self, o): return "F.sub"
    def __rsub__(self, o): return "F.rsub"
class I(int):
    def __mul__(self, o): return "I.mul"
    def __rmul__(self, o): return "I.rmul"
    def __index__(self): return 0
class L(list):
    def __getitem__(self, i): return ("L.get", i)
    def __setitem__(self, i, v): print("L.set", i, v)
def loop():
    f, i, l = F(1.5), I(3), L([1, 2, 3])
    out = []
    for _ in range(3):
        out.append((f + 1.0, 1.0 + f, f * 2.0, f / 2.0, f - 1.0, 1.0 - f, i * 2, 2 * i, l[0], l[-1]))
        l[1] = 9
    return out[-1]
print(loop())
def floats():
    vals = [0.0, -0.0, 1.5, float("inf"), float("-inf"), float("nan"), 1e308, 5e-324]
    res = []
    for a in vals:
        for b in vals:
            for op in ("+", "-", "*", "/"):
                try:
                    if op == "+": r = a + b
                    elif op == "-": r = a - b
                    elif op == "*": r = a * b
                    else: r = a / b
                    res.append(repr(r))
                except ZeroDivisionError as e:
                    res.append("ZDE:" + str(e))
    return res
r = floats()
print(len(r), r[:40])
print(r[40:120])
print(r[120:])
def ints():
    out = []
    big = 2**62
    for a in (big, -big, 2**63 - 1, -2**63, 7, -7, 0):
        for b in (big, 3, -3, 1, 2**63 - 1):
            out.append((a * b, a + b, a - b))
    return out
print(ints()[:6], len(ints()))
def lists():
    l = [10, 20, 30]
    out = []
    for idx in (0, -1, -3, True, False):
        out.append(l[idx])
        l[idx] = l[idx] + 1
    for bad in (3, -4, 1.0, "0", None):
        try:
            out.append(l[bad])
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
        try:
            l[bad] = 0
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return l, out
print(lists())
def mixed():
    t = 0.0
    for k in range(10):
        t = t + k * 0.1
        t = t * 1.0000001 - 0.5 / (k + 1)
    return t
print(mixed())
