class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + int(o) + 100)
    def __repr__(self): return f"MyInt({int(self)})"
a = MyInt(5)
print(a + 1, 1 + a, a * 2, a // 2, -a, abs(MyInt(-3)), bool(MyInt(0)), a == 5, a < 6, hash(a) == hash(5), int(a), float(a), str(a), f"{a}", f"{a:04d}", type(a * 2).__name__, isinstance(a, int), a.bit_length(), a.real, MyInt("12"), MyInt("ff", 16))
class MyStr(str):
    pass
s = MyStr("Hello")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s + "!", type(s + "!").__name__, s[1:], type(s[1:]).__name__, len(s), s == "Hello", "ell" in s, hash(s) == hash("Hello"), {s: 1}["Hello"], s.split("l"), f"{s:>8}|", "%s" % s, str(s) == s, type(str(s)).__name__)
class L(list):
    def __getitem__(self, i): return 42
l = L([1, 2, 3])
print(l[0], list(l), [x for x in l], len(l), l + [4], sorted(l, reverse=True), l == [1, 2, 3], repr(l), type(l[:2]) if False else 0, 2 in l, max(l))
class D(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 10)
    def __getitem__(self, k): return super().__getitem__(k) + 1
d = D(a=1); d["b"] = 2; d.update(c=3)
print(d, d["b"], d.get("b"), dict(d), list(d.items()), len(d), "a" in d)
class F(float):
    def __str__(self): return "F!"
f = F(1.5)
print(f, repr(f), f + 1, f * 2, F("2.5"), round(f), int(f), f.is_integer(), f"{f}", f"{f:.2f}", str(f), [f])
class T(tuple):
    def total(self): return sum(self)
t = T((1, 2, 3))
print(t, t.total(), t[0], t[1:], type(t[1:]).__name__, len(t), t + (4,), hash(t) == hash((1, 2, 3)), t == (1, 2, 3))
class S(set): pass
ss = S([3, 1, 2]); ss.add(0)
print(ss, len(ss), 1 in ss, ss | {9}, type(ss | {9}).__name__, sorted(ss))
class E(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)
e = E(1, 2)
print(e, repr(e), e.args, e.extra, str(E()), repr(E("x")))
class B:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B()), len(B()), "yes" if B() else "no", not B())
