# type.__abstractmethods__ and __flags__: what abc builds on.
class A:
    def f(self): pass
A.__abstractmethods__ = frozenset({'g', 'f'})
try:
    A()
except TypeError as e:
    print(e)
print(A.__abstractmethods__, bool(A.__flags__ & (1 << 20)))
A.__abstractmethods__ = frozenset({'only'})
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = ()
print(type(A()).__name__, bool(A.__flags__ & (1 << 20)))
del A.__abstractmethods__
try:
    del A.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
for t in (type, object, int):
    try:
        t.__abstractmethods__
    except AttributeError as e:
        print('AttributeError', e)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print(e)
class L(list): pass
print([bool(t.__flags__ & (1 << 9)) for t in (int, L, type, A)])
print([bool(t.__flags__ & bit) for t, bit in ((L, 1 << 25), (dict, 1 << 29), (KeyError, 1 << 30), (type, 1 << 31), (bool, 1 << 24), (str, 1 << 28))])
print(bool(bool.__flags__ & (1 << 10)), bool(int.__flags__ & (1 << 10)))
