# list.pop/insert, dict.pop, set.add/remove/discard through their positional
# entries: edge cases and errors must read as CPython's.
def attempt(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

l = [1, 2, 3, 4, 5]
print(l.pop(), l.pop(0), l.pop(-1), l.pop(True), l)
attempt(l.pop, 5)
attempt(l.pop, -3)
attempt(l.pop, "x")
attempt(l.pop, 1.0)
attempt([].pop)
attempt([].pop, 0)
attempt(l.pop, 1, 2)
l = [0, 1, 2]
l.insert(-10, "a"); l.insert(100, "z"); l.insert(-1, "m"); l.insert(True, "t")
print(l)
attempt(l.insert, "x", 1)
attempt(l.insert, 1.5, 1)
attempt(l.insert, 1)
attempt(l.insert, 1 << 70, 1)
class L(list):
    pass
sl = L([3, 4])
sl.insert(0, 9)
print(sl.pop(), sl.pop(0), sl)
d = {"a": 1, (1, 2): 2}
print(d.pop("a"), d.pop("zz", None), d.pop((1, 2), 7), d)
attempt(d.pop, (1, 2))
attempt(d.pop, [1])
attempt(d.pop, [1], 0)
attempt(d.pop)
s = set()
s.add(1); s.add((1, 2)); s.add(1); s.add(frozenset({3}))
print(sorted(map(str, s)))
attempt(s.add, [1])
s.remove(1)
attempt(s.remove, 1)
attempt(s.remove, (5, 6))
s.discard((1, 2)); s.discard(99)
attempt(s.discard, [1])
s.remove({3})
print(s)
class S(set):
    pass
ss = S([1])
ss.add(2); ss.discard(1)
print(ss)
attempt(frozenset().__class__.__dict__.get, "add")
