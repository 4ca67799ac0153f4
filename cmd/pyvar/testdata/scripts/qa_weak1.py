# id/is semantics that programs rely on
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, id(a) == id(b), id(a) != id(c))
x = None
print(x is None, type(x) is type(None), NotImplemented is NotImplemented, ... is Ellipsis)
s1 = "hello"; s2 = "hel" + "lo"
print(s1 == s2)
t = (1, 2)
print(t is t, tuple(t) is t, list(t) is not t, a[:] is not a)
fs = frozenset([1]); print(frozenset(fs) is fs)
st = "abc"; print(str(st) is st)
class K: pass
k = K()
print(k is k, K() is not K(), type(k) is K, k.__class__ is K)
print(True is True, (1 == 1) is True, bool(1) is True)
print(int("5") == 5, float("1.0") == 1, "a" * 0 == "")
