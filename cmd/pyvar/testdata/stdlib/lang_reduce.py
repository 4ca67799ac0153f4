# object.__reduce_ex__ and __reduce__ (typeobject.c's reduce machinery,
# driven by copyreg): what copy and pickle call for plain instances.
import copyreg


class P:
    def __init__(self, x):
        self.x = x


p = P(3)
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is P, r[2], r[3:])
r = p.__reduce_ex__(0)
print(r[0] is copyreg._reconstructor, r[1], r[2])
print(object().__reduce_ex__(4)[1:], object().__reduce__()[1])


class S:
    __slots__ = ('a', 'b')


s = S()
s.a = 1
print(s.__reduce_ex__(2)[2], S.__slotnames__)


class L(list):
    pass


l = L([1, 2])
l.y = 5
r = l.__reduce_ex__(2)
print(r[1][0] is L, r[2], list(r[3]), r[4])


class D(dict):
    pass


r = D(a=1).__reduce_ex__(2)
print(r[2], r[3], list(r[4]))


class I(int):
    pass


print(I(5).__reduce_ex__(2)[1:3], (5).__getnewargs__(), 'ab'.__getnewargs__(), (1, 2).__getnewargs__(), (1j).__getnewargs__())
print({1, 2}.__reduce__(), frozenset([3]).__reduce_ex__(2), bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce_ex__(3))


class G:
    def __getstate__(self):
        return 'state'


print(G().__reduce_ex__(2)[2])


class N:
    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})


print(N().__reduce_ex__(2)[0] is copyreg.__newobj_ex__, N().__reduce_ex__(2)[1][1:])


class R:
    def __reduce__(self):
        return (R, ())


print(R().__reduce_ex__(2))
for bad in ((lambda self: 1), (lambda self: (1, 2, 3)), (lambda self: ([], {})), (lambda self: ((), []))):
    class B:
        __getnewargs_ex__ = bad
    try:
        B().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class C:
    __getnewargs__ = lambda self: [1]


try:
    C().__reduce_ex__(2)
except TypeError as e:
    print(e)
