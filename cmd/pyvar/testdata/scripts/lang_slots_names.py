# __slots__ as type_new reads it: mangled private names, sorted descriptors, repeated names, errors.
class A:
    __slots__ = ('b', 'a', '__p', 'a')
    def set(self): self.__p = 1; return self.__p
x = A(); x.a = 1; x.b = 2
print(x.a, x.b, x.set(), [k for k in A.__dict__ if not k.startswith('__')], A.__slots__)
for bad in (('1x',), ('__dict__', '__dict__'), (3,)):
    try:
        class B: __slots__ = bad
    except Exception as e: print(type(e).__name__, e)
class C:
    __slots__ = ('x',)
    x = 1
