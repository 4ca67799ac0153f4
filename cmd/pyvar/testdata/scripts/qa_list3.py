# list behaviors from test_list situations
a = [1, 2, 3]
a[1:2] = a; print(a)
b = [0] * 3; b[::2] = (9, 8); print(b)
c = list(range(5)); c[3:1] = ["x"]; print(c)
d = list(range(5)); d[-2:] = []; print(d)
e = [1, 2]; e[5:] = [3]; print(e)
f = [3, 1, 2]; f.sort(key=None); print(f)
g = ["a", "B", "c"]; g.sort(key=str.lower, reverse=True); print(g)
print(list(reversed([])), [][::-1], [1][::-1], list(range(10))[::-4], list(range(10))[-1:-5:-2])
h = [1, 2, 3, 4, 5, 6]
del h[1::2]; print(h)
del h[::-1]; print(h)
i = [1, 2, 3]
i *= 0; print(i)
j = [[1]] * 2; j *= 2; j[0].append(2); print(j)
k = [1]; k.extend(range(3)); k.extend("ab"); k.extend({"x": 1}); k.extend(iter([7])); print(k)
print([1, 2, 3].index(3, -1), [1, 2, 3].index(1, -5), [1, 2, 1].index(1, 1))
try:
    [1, 2, 3].index(1, 1, 2)
except ValueError as e:
    print(e)
l = list(range(3)); l.insert(1, "a"); l.insert(-1, "b"); l.insert(-10, "c"); print(l)
m = [5, 6, 7]; print(m.pop(), m.pop(0), m.pop(-1), m)
n = list("abcde")
n[1:4:2] = "XY"; print(n)
print([1, 2] == [1, 2.0], [1, 2] < [1, 3], [[]] < [[1]], [1, 2, [3]] != [1, 2, [3]], [] == [], [0] > [])
print(sorted([[2, 1], [1, 2], [1], []]), max([[1, 2], [1, 3]]), min(["b", "a"], key=lambda s: s))
o = [1, 2, 3]
for x in o:
    if x == 2:
        o.append(4)
    if len(o) > 5: break
print(o)
p = [3, 2, 1]
it = iter(p)
next(it); p.clear(); print(list(it))
q = [1, 2, 3]
it2 = iter(q); next(it2); q.append(4); print(list(it2))
r = [1, 2]
rv = reversed(r); r.append(3); print(list(rv))
print(list.__name__, type([]) is list, isinstance([], object), list([1]) is not list([1]), [].__class__.__name__)
s = [1, 2, 3, 4]
print(s[True], s[-True], s[False:True + 2])
