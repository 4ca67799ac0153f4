# Small-int %, //, &, |, ^, <<, >> at their edges, bool arithmetic, and list
# iteration while the list changes (the eval loop's inline paths).
M = 9223372036854775807
m = -M - 1
vals = [0, 1, -1, 2, -2, 3, -7, 7, 62, 63, 64, 65, M, m, M - 1, m + 1, 1 << 40, -(1 << 40)]
for x in vals:
    for y in vals:
        row = [x & y, x | y, x ^ y]
        for op in ("%", "//"):
            try:
                row.append(eval("x %s y" % op))
            except ZeroDivisionError as e:
                row.append(str(e))
        for sh in (0, 1, 2, 31, 62, 63, 64, 100, -1):
            try:
                row.append(x << sh)
            except ValueError as e:
                row.append(str(e))
            try:
                row.append(x >> sh)
            except ValueError as e:
                row.append(str(e))
        print(x, y, row)
t = 0
u = 0
for i in range(10):
    t += i > 4
    u -= i % 3 == 0
    t += True
print(t, u, True + True, False - True, M + True, m - True, True & True, True | 2, type(True ^ False))
x = 5
x %= 3
x //= 2
x <<= 70
x >>= 69
x &= 7
x |= 8
x ^= 1
print(x)
l = [1, 2, 3]
for v in l:
    if v < 6:
        l.append(v + 3)
print(l)
l = [1, 2, 3, 4]
out = []
for v in l:
    out.append(v)
    if v == 2:
        l.clear()
print(out, l)
it = iter([1, 2])
print(list(it), list(it))
l = [1]
it = iter(l)
for v in it:
    pass
l.append(2)
print(list(it))
class I(int):
    def __mod__(self, o):
        return "mod"
    def __and__(self, o):
        return "and"
print(I(5) % 2, I(5) & 1, 5 & I(1), 7 % I(4))
