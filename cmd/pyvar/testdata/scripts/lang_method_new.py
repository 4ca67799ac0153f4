# types.MethodType(func, obj) binds by hand (contextlib's ExitStack does).
M = type((lambda: 0).__get__(1))
for a in [(len,), (1, 2), (len, None), (len, 1, 2)]:
    try:
        print(M(*a))
    except TypeError as e:
        print(e)
print(M(len, [1, 2])(), M(lambda self, x: (self, x), 'me')(5))
class C:
    pass
c = C()
c.bound = M(lambda self: type(self).__name__, c)
print(c.bound(), c.bound.__self__ is c, c.bound.__func__.__name__)
