# _operator: CPython's test_operator, on the native module directly.
import _operator as operator


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


class Seq1:
    def __init__(self, lst):
        self.lst = lst

    def __len__(self):
        return len(self.lst)

    def __getitem__(self, i):
        return self.lst[i]

    def __add__(self, other):
        return self.lst + other.lst

    def __mul__(self, other):
        return self.lst * other

    def __rmul__(self, other):
        return other * self.lst


class BadIterable:
    def __iter__(self):
        raise ZeroDivisionError


# comparisons
for name in 'lt', 'le', 'eq', 'ne', 'gt', 'ge':
    f = getattr(operator, name)
    print(name, f(1, 2), f(2, 1), f(1, 1), f(1, 1.0), f('a', 'b'), f([1], [1, 2]))
    show(name + ' no args', lambda: f())
    show(name + ' mixed', lambda: f(1, 'a'))
print(operator.eq(1, 1j), operator.ne(None, None))


class C:
    def __eq__(self, other):
        return 'custom'


print(operator.eq(C(), 1), operator.lt(1, 2.5))

# arithmetic
for name, a, b in [('add', 3, 4), ('sub', 5, 2), ('mul', 5, 2), ('floordiv', 5, 2), ('truediv', 5, 2),
                   ('mod', 5, 2), ('pow', 3, 5), ('lshift', 5, 2), ('rshift', 5, 2), ('and_', 0xf, 0xa),
                   ('or_', 0xa, 0x5), ('xor', 0xb, 0xc), ('add', 'a', 'b'), ('mul', 'ab', 3), ('mod', '%s!', 'x')]:
    print(name, getattr(operator, name)(a, b))
show('add mixed', lambda: operator.add(1, 'a'))
show('truediv zero', lambda: operator.truediv(1, 0))
show('matmul', lambda: operator.matmul(2, 3))
show('lshift neg', lambda: operator.lshift(1, -1))
show('add 1 arg', lambda: operator.add(1))
show('add kw', lambda: operator.add(1, b=2))
print(operator.pow(2, -1), operator.pow(-8, 1 / 3) if False else '', operator.pow(2.0, 3))


class M:
    def __matmul__(self, other):
        return other - 1

    def __rmatmul__(self, other):
        return other + 1


print(operator.matmul(M(), 42), operator.matmul(42, M()))
for name in 'neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index':
    f = getattr(operator, name)
    show(name + '(5)', lambda: f(5))
    show(name + '(-5)', lambda: f(-5))
    show(name + '(0)', lambda: f(0))
    show(name + '()', lambda: f())
    show(name + '(1, 2)', lambda: f(1, 2))
show('neg str', lambda: operator.neg('a'))
show('inv float', lambda: operator.inv(1.5))
show('index float', lambda: operator.index(1.5))
show('abs str', lambda: operator.abs('a'))
print(operator.not_([]), operator.not_([0]), operator.truth([]), operator.truth(C()))


class Idx:
    def __index__(self):
        return 42


print(operator.index(Idx()), operator.index(True), operator.index(2**70))

# in-place
class X:
    def __iadd__(self, o):
        return 'iadd'

    def __iand__(self, o):
        return 'iand'

    def __ifloordiv__(self, o):
        return 'ifloordiv'

    def __ilshift__(self, o):
        return 'ilshift'

    def __imod__(self, o):
        return 'imod'

    def __imul__(self, o):
        return 'imul'

    def __imatmul__(self, o):
        return 'imatmul'

    def __ior__(self, o):
        return 'ior'

    def __ipow__(self, o):
        return 'ipow'

    def __irshift__(self, o):
        return 'irshift'

    def __isub__(self, o):
        return 'isub'

    def __itruediv__(self, o):
        return 'itruediv'

    def __ixor__(self, o):
        return 'ixor'

    def __getitem__(self, o):
        return 5


c = X()
print([getattr(operator, n)(c, 5) for n in ['iadd', 'iand', 'ifloordiv', 'ilshift', 'imod', 'imul',
                                            'imatmul', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor']])
print(operator.iconcat(c, c))
lst = [1]
r = operator.iadd(lst, [2])
print(r is lst, lst, operator.iadd(1, 2), operator.imul('ab', 2), operator.ipow(2, 10), operator.ior({1}, {2}))
show('iconcat int', lambda: operator.iconcat(1, 0.5))
lst = [1]
print(operator.iconcat(lst, (2,)) is lst, lst)

# sequences
print(operator.concat('py', 'thon'), operator.concat([1, 2], [3, 4]), operator.concat(Seq1([5, 6]), Seq1([7])))
show('concat int', lambda: operator.concat(13, 29))
show('concat dict', lambda: operator.concat({}, {}))
show('concat list tuple', lambda: operator.concat([1], (2,)))
print(operator.contains(range(4), 2), operator.contains(range(4), 5), operator.contains('abc', 'b'))
show('contains int', lambda: operator.contains(None, None))
show('contains bad', lambda: operator.contains(BadIterable(), 1))
nan = float('nan')
print(operator.countOf([1, 2, 1, 3, 1, 4], 3), operator.countOf([1, 2, 1, 3, 1, 4], 5),
      operator.countOf([nan, nan, 21], nan), operator.countOf('abcab', 'a'), operator.countOf([1, 1.0, True], 1))
show('countOf int', lambda: operator.countOf(None, None))
show('countOf bad', lambda: operator.countOf(BadIterable(), 1))
print(operator.indexOf([4, 3, 2, 1], 3), operator.indexOf([nan, nan], nan), operator.indexOf('abc', 'c'))
show('indexOf missing', lambda: operator.indexOf([4, 3, 2, 1], 0))
show('indexOf int', lambda: operator.indexOf(None, None))
show('indexOf bad', lambda: operator.indexOf(BadIterable(), 1))
a = list(range(10))
print(operator.getitem(a, 2), operator.getitem(a, slice(1, 3)), operator.getitem({'k': 1}, 'k'))
show('getitem bad', lambda: operator.getitem(a, None))
show('getitem oob', lambda: operator.getitem(a, 20))
print(operator.setitem(a, 0, 2), a[:3], operator.delitem(a, 1), a[:3])
show('setitem 2 args', lambda: operator.setitem(a, 0))
show('setitem oob', lambda: operator.setitem(a, 20, 1))
show('delitem oob', lambda: operator.delitem(a, 20))
show('setitem none', lambda: operator.setitem(None, 0, 0))
a = [4, 3, 2, 1]
operator.setitem(a, slice(0, 2), ['x'])
print(a)
print(operator.is_(None, None), operator.is_(1, None), operator.is_not(None, None), operator.is_not([], []))
show('is_ 1 arg', lambda: operator.is_(1))

# length_hint
class LenOnly:
    def __len__(self):
        return 10


class HintOnly:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        if isinstance(self.value, type):
            raise self.value()
        return self.value


print(operator.length_hint([]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(LenOnly()),
      operator.length_hint(HintOnly(5)), operator.length_hint(HintOnly(NotImplemented), 7),
      operator.length_hint(HintOnly(TypeError), 3), operator.length_hint(object(), 12))
show('hint raises', lambda: operator.length_hint(HintOnly(LookupError)))
show('hint str', lambda: operator.length_hint(HintOnly('abc')))
show('hint neg', lambda: operator.length_hint(HintOnly(-1)))
show('hint default str', lambda: operator.length_hint(X(), 'abc'))
show('hint none', lambda: operator.length_hint())
it = iter(range(10))
next(it)
print(operator.length_hint(it), operator.length_hint(reversed([1, 2, 3])), operator.length_hint(iter('abé')),
      operator.length_hint(iter({1: 2, 3: 4})), operator.length_hint(iter({1, 2})), operator.length_hint(iter((1,))),
      operator.length_hint(map(abs, [1])), operator.length_hint(iter(b'xy')), operator.length_hint(iter({1: 2}.items())))

# _compare_digest
print(operator._compare_digest('abc', 'abc'), operator._compare_digest('abc', 'abd'), operator._compare_digest('', ''),
      operator._compare_digest(b'x', b'x'), operator._compare_digest(b'x', bytearray(b'x')),
      operator._compare_digest(b'xy', b'x'))
show('digest str bytes', lambda: operator._compare_digest('a', b'a'))
show('digest bytes str', lambda: operator._compare_digest(b'a', 'a'))
show('digest ints', lambda: operator._compare_digest(1, 2))
show('digest non-ascii', lambda: operator._compare_digest('é', 'é'))
show('digest args', lambda: operator._compare_digest('a'))
print(sorted(n for n in dir(operator) if not n.startswith('__')))
