import math, array
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))
for s in ["++inf", "--nan", "+-inf", "-nan", "+nan", "-inf", " -Infinity ", "1e5", "+1.5", "+-1", "nan1"]:
    t(s, lambda: float(s))
print(math.copysign(1.0, float("-nan")), math.copysign(1.0, float("nan")))
t("bytearray", lambda: float(bytearray(b"3.14")))
t("memoryview", lambda: float(memoryview(b"12.3")[1:4]))
t("array", lambda: float(array.array("B", b"3.14")))
t("bytearray bad", lambda: float(bytearray(b"x")))
t("bytes bad", lambda: float(b"x"))
for h in ["++inf", "-inf", "+nan", "-0x1p1024", "0x1p1023", "0x1p-1080", "1.8p3", "zz"]:
    t("fromhex " + h, lambda: float.fromhex(h))
class F(float):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)
t("fromhex sub", lambda: (type(F.fromhex("0x1p0")).__name__, F.fromhex("0x1p0")))
