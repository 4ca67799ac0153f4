# property.getter/setter/deleter copy the property; a doc taken from the
# old getter is taken again from the new one, an explicit doc stays.
class A:
    @property
    def x(self):
        "A.x getter"
        return 1

    @x.setter
    def x(self, v):
        "setter doc is never used"

print(A.x.__doc__)

class B(A):
    @A.x.getter
    def x(self):
        "B.x getter"
        return 2

print(B.x.__doc__, B().x, A.x.__doc__)

def nodoc(self):
    return 3

class C:
    x = property(nodoc, doc="explicit")
    y = x.getter(lambda self: 4)
    z = property(A.x.fget)
    w = z.getter(nodoc)

print(C.x.__doc__, C.y.__doc__, C().y, C.z.__doc__, C.w.__doc__)

p = property()
for n in (0, 1, 3):
    try:
        p.__set_name__(*[0] * n)
    except TypeError as e:
        print('TypeError', e)
p.__set_name__(C, 'name')
print('ok')
