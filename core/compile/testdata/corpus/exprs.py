a = -1
b = 2 ** 8
c = (1, 2, (3, 4))
d = x in [1, 2, 3]
e = y not in {1, 2}
f = not (p is q)
g = a < b < c
h = a if b else c
i = a and b or c
j = f"{a!r:>{b}} and {c}"
k = {**d, 'x': 1, 'y': 2}
l = [*a, *b, 1]
m = {1, 2, 3}
n = print(*a, **k, sep='')
o = a[1:2, ::3]
p = ~5 + -3.5 * 2j
q = 'abc'[1]
r = (x := 10)
s = __debug__
t = b'bytes' if 0 else 1
