# list slice assignment in place (growing, shrinking, self, iterators),
# as list_ass_slice: sre_parse unpacks groups with it, and a copy of the
# whole list per assignment made that quadratic.
l = list(range(10))
l[2:5] = "ab"; print(l)
l[0:0] = [7, 8, 9]; print(l)
l[len(l):] = [1]; print(l)
l[1:3] = l; print(l)
l[:] = []; print(l)
l = list(range(6)); l[4:2] = ["x", "y"]; print(l)
l[-2:] = range(5); print(l)
l[3:9] = (); print(l)
l = [1, 2, 3]; l[1:2] = iter([4, 5, 6]); print(l)
try:
    l[0:1] = 5
except TypeError as e: print(e)
import weakref, gc
class O: pass
o = O(); r = weakref.ref(o); l = [o, 1, 2]; l[0:1] = []; del o; gc.collect(); print(r(), l)
l = list(range(3000))
for i in range(3000)[::-1]:
    l[i:i+1] = [i, -i]
print(len(l), l[:4], l[-4:])
