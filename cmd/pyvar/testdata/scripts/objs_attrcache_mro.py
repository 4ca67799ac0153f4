# The attribute caches after a class's MRO changes without any namespace
# changing: __bases__ reordered, swapped, and a reentrant mro().
class A:
    x = "A.x"
    def m(self):
        return "A.m"

class B:
    x = "B.x"
    def m(self):
        return "B.m"

class C(A, B):
    pass

def read(o):
    return o.x, o.m()

def store(o, v):
    o.y = v
    return o.y

c = C()
for i in range(20):
    r = read(c)
print(r, store(c, 1))
C.__bases__ = (B, A)
print(read(c), store(c, 2))
for i in range(20):
    r = read(c)
print(r)
C.__bases__ = (A,)
print(read(c), [k.__name__ for k in C.__mro__])

class D:
    x = "D.x"

class E(D):
    pass

e = E()
for i in range(20):
    r = e.x
print(r)
E.__bases__ = (A,)
print(e.x, e.m())
D.x = "D.x2"
E.__bases__ = (D,)
print(e.x)
