t=(1,2,3); print(t[:] is t, t[0:3] is t, t[::1] is t, t[::-1], t[1:], t[5:], t[-100:100] is t)
l=[1,2,3,4,5,6,7,8,9,10]
print(l[:] is l, l[::2], l[::-1], l[8:1:-3], l[-3:], l[100:], l[:-100], l[::-100])
class I:
    def __init__(s, v): s.v = v
    def __index__(s):
        l.append(99)
        return s.v
print(l[I(8):], len(l))
l[I(0):I(2)] = (7, 7, 7)
print(l)
l[::2] = l[::2]
l[1:3] = l
print(l)
try: l[::0]
except ValueError as e: print(e)
try: l[1:2:'x']
except TypeError as e: print(e)
k = l[:]
k[1:1] = [1,2,3,4,5,6,7,8,9]
print(k, l[2:4])
s = (1,2,3,4,5)
print(s[1:], s[:-1], (*s[1:], s[0]))
print([1,2,3][0:2] + [5], [x for x in range(3)][::-1])
