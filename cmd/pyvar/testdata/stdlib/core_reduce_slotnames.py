# object.__reduce_ex__(2) reads the slots that __slotnames__ names (str
# subclasses too) through getattr, __getattr__ included.
import copyreg

class S(str):
    pass

class A:
    __slotnames__ = [S('spam')]
    def __getattr__(self, attr):
        if attr == 'spam':
            A.__slotnames__[:] = [S('spam')]
            return 42
        raise AttributeError(attr)

r = A().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is A, r[2], r[3:])

class P:
    __slots__ = ('a', 'b')
p = P()
p.a = 1
print(p.__reduce_ex__(2)[2], copyreg._slotnames(P))
