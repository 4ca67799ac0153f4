# x[a:b] and x[a:b] = v on lists and tuples (done without a slice object)
# against every other container and every kind of bound.
class I:
    def __index__(self):
        print("__index__")
        return 2


class L(list):
    def __getitem__(self, k):
        return ("L.__getitem__", k)

    def __setitem__(self, k, v):
        print("L.__setitem__", k, v)


l = list(range(10))
t = tuple(range(10))
for a, b in [(None, None), (2, 5), (-3, None), (None, -8), (5, 2), (-100, 100), (I(), 4), (True, 3)]:
    print(l[a:b], t[a:b], "0123456789"[a:b])
m = [0, 1, 2, 3, 4]
m[1:3] = "xyz"
print(m)
m[:] = m
print(m)
m[4:] = []
print(m)
m[-1:] = (9, 8)
print(m)
m[I():I()] = [7]
print(m)
s = L([1, 2, 3])
print(s[1:2])
s[0:1] = [5]
for bad in ["x", 1.5]:
    try:
        l[bad:2]
    except TypeError as e:
        print("TypeError:", e)
    try:
        m[:bad] = [1]
    except TypeError as e:
        print("TypeError:", e)
try:
    m[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    d = {}
    d[1:2]
except TypeError as e:
    print("TypeError:", e)
