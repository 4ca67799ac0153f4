# Descriptor edges from test_descr: __set__ without __get__, a __doc__ descriptor
# on a class, the **= message, property members that are read-only.
class Descr(object):
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
descr = Descr("a")
class X(object):
    a = descr
x = X()
print(x.a is descr)
x.a = 42
print(x.a)

class DocDescr(object):
    def __get__(self, object, otype):
        if object:
            object = object.__class__.__name__ + ' instance'
        if otype:
            otype = otype.__name__
        return 'object=%s; type=%s' % (object, otype)
class OldClass:
    __doc__ = DocDescr()
print(OldClass.__doc__)
print(OldClass().__doc__)

x = None
try:
    x **= 2
except TypeError as e:
    print(e)
try:
    x ** 2
except TypeError as e:
    print(e)
try:
    x += 2
except TypeError as e:
    print(e)
raw = property(lambda s: 1)
for attr in "fget", "fset", "fdel":
    try:
        setattr(raw, attr, 42)
    except AttributeError as e:
        print(attr, e)
try:
    raw.__doc__ = 'x'
    print(raw.__doc__)
except AttributeError as e:
    print(e)

# the same on a metaclass (type_getattro)
class Meta(type):
    pass
class X(metaclass=Meta):
    pass
X.a = 42
Meta.a = Descr("a")
print(X.a)

# a built-in type's __doc__ is its own, never object's
print(repr(None.__doc__), repr(NotImplemented.__doc__), repr(staticmethod(None).__dict__))
class I(int): pass
print(I.__doc__, I().__doc__)
