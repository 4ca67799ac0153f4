class C:
    __x = 1
    __y__ = 2
    _z = 3
    def __m(self, __a):
        self.__b = __a
        return __x + C.__x
    import __mod
    import __p.q
    from m import __n as __o
    def f(self):
        global __g
        __g = 1
class _:
    __u = 1
class __D:
    __v = 1
    class __E:
        __w = __v
