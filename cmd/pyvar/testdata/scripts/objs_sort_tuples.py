
s = 5
def rr(n):
    global s
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF
    return s % n
xs = [(rr(50), rr(3), i) for i in range(3000)]
print(sorted(xs)[:5], sorted(xs, reverse=True)[:3])
ys = [(1, 2), (1,), (), (1, 2, 3), (0, 5), (1, 2.5), (1, 'a') if False else (1, 3)]
print(sorted(ys))
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o): print("lt", s.v, o.v); return s.v < o.v
    def __eq__(s, o): print("eq", s.v, o.v); return s.v == o.v
zs = [(1, C(3)), (1, C(2)), (0, C(9)), (1, C(1))]
print([t[1].v for t in sorted(zs)])
print(sorted([(2**70, 1), (2**70, 0), (-1, 5)]))
try: sorted([(1, 'a'), (1, 2)])
except TypeError as e: print(e)
