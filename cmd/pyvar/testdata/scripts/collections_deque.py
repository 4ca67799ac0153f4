# _collections.deque: CPython's test_deque behaviours, on the native
# module directly (no Lib needed).
from _collections import deque
import _collections


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


# basics
d = deque(range(-5125, -5000))
d.__init__(range(200))
for i in range(200, 400):
    d.append(i)
for i in reversed(range(-200, 0)):
    d.appendleft(i)
print(list(d) == list(range(-200, 400)), len(d))
left = [d.popleft() for i in range(250)]
right = [d.pop() for i in range(250)]
right.reverse()
print(left == list(range(-200, 50)), right == list(range(150, 400)), list(d) == list(range(50, 150)))

# maxlen
show('maxlen neg', lambda: deque('abc', -1))
show('maxlen neg2', lambda: deque('abc', -2))
it = iter(range(10))
d = deque(it, maxlen=3)
print(list(it), repr(d), list(d), d.maxlen)
d.append(10)
d.appendleft(7)
d.extend([10, 11])
d.extendleft([8, 7])
print(d, d.maxlen)
d = deque(range(200), maxlen=10)
d.append(d)
print(repr(d)[-30:])
d = deque(range(10), maxlen=None)
print(repr(d), d.maxlen)
d = deque(maxlen=0)
d.extend(range(5))
d.extendleft('ab')
d.append(1)
print(d, len(d))
show('maxlen readonly', lambda: setattr(deque('abc'), 'maxlen', 10))
print(deque('abc', maxlen=4).maxlen, deque('abc', maxlen=0).maxlen, deque('abc').maxlen)

# count
for s in ('', 'abracadabra', 'simsalabim' * 50 + 'abc'):
    d = deque(s)
    print(sorted((c, d.count(c)) for c in set(s)) == sorted((c, s.count(c)) for c in set(s)), end=' ')
print()
show('count noarg', lambda: deque().count())


class BadCompare:
    def __eq__(self, other):
        raise ArithmeticError


d = deque([1, 2, BadCompare(), 3])
show('count badcmp', lambda: d.count(2))
d = deque([1, 2, 3])
show('count badcmp2', lambda: d.count(BadCompare()))


class MutatingCompare:
    def __eq__(self, other):
        self.d.pop()
        return True


m = MutatingCompare()
d = deque([1, 2, 3, m, 4, 5])
m.d = d
show('count mutating', lambda: d.count(3))
d = deque([None] * 16)
for i in range(len(d)):
    d.rotate(-1)
d.rotate(1)
print(d.count(1), d.count(None))

# comparisons
d = deque('xabc')
d.popleft()
for e in [d, deque('abc'), deque('ab'), deque(), list(d)]:
    print(d == e, d != e, type(d) == type(e) and list(d) == list(e))
args = [deque(x) for x in ('', 'a', 'b', 'ab', 'ba', 'abc', 'xba', 'xabc', 'cba')]
ok = True
for x in args:
    for y in args:
        if ((x == y, x != y, x < y, x <= y, x > y, x >= y) !=
                (list(x) == list(y), list(x) != list(y), list(x) < list(y),
                 list(x) <= list(y), list(x) > list(y), list(x) >= list(y))):
            ok = False
print('comparisons agree with lists:', ok)
show('lt list', lambda: deque() < [])
print(deque([1]) == [1], deque([1]) != (1,))

# contains
n = 200
d = deque(range(n))
print(all(i in d for i in range(n)), (n + 1) not in d)
d = deque(range(n))
d[n // 2] = MutatingCompare()
d[n // 2].d = d
show('contains mutating', lambda: n in d)
d = deque(range(n))
d[n // 2] = BadCompare()
show('contains badcmp', lambda: n in d)
d = deque(range(20))
show('contains identity', lambda: 19 in d)
nan = float('nan')
print(nan in deque([nan]))

# extend, iadd, extendleft
d = deque('a')
show('extend int', lambda: d.extend(1))
d.extend('bcd')
print(list(d))
d.extend(d)
print(list(d))
d = deque('a')
d += 'bcd'
print(list(d))
d += d
print(list(d))
d = deque('abcde')
e = d
d += deque('xyz')
print(e is d, d)
show('add list', lambda: deque('a') + [1])
print(deque('ab') + deque('cd'), deque('ab', maxlen=3) + deque('cd'), (deque('ab', 3) + deque('cd')).maxlen)
d = deque('a')
show('extendleft int', lambda: d.extendleft(1))
d.extendleft('bcd')
print(list(d))
d.extendleft(d)
print(list(d))
d = deque()
d.extendleft(range(1000))
print(list(d) == list(reversed(range(1000))))

# getitem, setitem, delitem
n = 200
d = deque(range(n))
lst = list(range(n))
for i in range(n):
    d.popleft()
    lst.pop(0)
    if i & 1:
        d.append(i)
        lst.append(i)
    for j in range(1 - len(lst), len(lst)):
        assert d[j] == lst[j], j
print('getitem ok', d[0], d[-1])
d = deque('superman')
print(d[0], d[-1])
d = deque()
show('getitem empty', lambda: d[0])
show('getitem neg empty', lambda: d[-1])
show('getitem str', lambda: deque('ab')['a'])
show('getitem slice', lambda: deque('ab')[0:1])
show('getitem float', lambda: deque('ab')[0.0])
show('getitem big', lambda: deque('ab')[2**70])


class Idx:
    def __index__(self):
        return 1


print(deque('ab')[Idx()], deque('ab')[True])
n = 200
d = deque(range(n))
for i in range(n):
    d[i] = 10 * i
print(list(d) == [10 * i for i in range(n)])
lst = list(d)
for i in range(1 - n, 0, -1):
    d[i] = 7 * i
    lst[i] = 7 * i
print(list(d) == lst)
show('setitem oob', lambda: deque('ab').__setitem__(5, 1))
n = 500
d = deque(range(n))
show('delitem oob', lambda: d.__delitem__(-n - 1))
show('delitem oob2', lambda: d.__delitem__(n))
for i in range(n):
    del d[0]
    if i % 50 == 0:
        pass
print(len(d))
d = deque('abcdefgh')
del d[2]
del d[-2]
print(d)
d = deque(range(100))
for i in range(0, 100, 7):
    del d[i // 2]
print(list(d)[:10], len(d))

# index
for n in 1, 2, 30, 40, 200:
    d = deque(range(n))
    for i in range(n):
        assert d.index(i) == i
    show('index missing %d' % n, lambda: d.index(n + 1))
d = deque('abcdefghcij')
for start in range(-5 - len(d) * 2, len(d) * 2 + 5, 3):
    for stop in range(-5 - len(d) * 2, len(d) * 2 + 5, 4):
        for element in 'acghjz':
            s = 'abcdefghcij'
            try:
                target = s.index(element, start, stop)
            except ValueError:
                try:
                    d.index(element, start, stop)
                    print('BAD', element, start, stop)
                except ValueError:
                    continue
            else:
                if d.index(element, start, stop) != target:
                    print('BAD', element, start, stop)
print('index ranges ok')
d = deque('A' * 3)
show('index huge', lambda: d.index('A', 1, 0))
print(d.index('A', 0, 2**70), d.index('A', -2**70))
show('index none start', lambda: d.index('A', None))
show('index noarg', lambda: d.index())
show('index 4', lambda: d.index(1, 2, 3, 4))
d = deque([0, 1, 2, MutatingCompare(), 4])
d[3].d = d
show('index mutating', lambda: d.index(4))
show('index kw', lambda: d.index(4, start=1))

# insert
elements = 'ABCDEFGHI'
for i in range(-5 - len(elements) * 2, len(elements) * 2 + 5):
    d = deque('ABCDEFGHI')
    s = list('ABCDEFGHI')
    d.insert(i, 'Z')
    s.insert(i, 'Z')
    assert list(d) == s, i
print('insert ok')
data = 'ABC'
d = deque(data, maxlen=len(data))
show('insert full', lambda: d.insert(2, None))
d = deque(data, maxlen=len(data) + 1)
d.insert(1, 'X')
print(d)
show('insert 1 arg', lambda: d.insert(1))
show('insert str', lambda: deque().insert('a', 1))

# mul, imul
for n in (-10, -1, 0, 1, 2, 10, 1000):
    d = deque()
    d *= n
    assert d == deque()
    d = deque('a')
    d *= n
    assert list(d) == ['a'] * n
    d = deque('a', 500)
    d *= n
    assert list(d) == ['a'] * min(n, 500)
    d = deque('abcdef')
    d *= n
    assert list(d) == list('abcdef') * n
    d = deque('abcdef', 500)
    d *= n
    assert list(d) == (list('abcdef') * n)[-500:], n
print('imul ok')
d = deque('abc')
print(d * -5, d * 0, d * 1, d * 2, 2 * d, d * 3 is not d)
d = deque('abc', maxlen=5)
print(d * 2, 2 * d, (d * 2).maxlen)
show('mul float', lambda: d * 2.0)
show('mul str', lambda: d * 'a')
show('rmul str', lambda: 'a' * d)
show('mul deque', lambda: d * d)
d2 = deque('ab')
try:
    d2 *= 'a'
except TypeError as e:
    print('imul str ->', e)
print(d * Idx(), d * True)

# reverse, rotate
n = 500
data = [i * 1.01 for i in range(n)]
d = deque(data)
d.reverse()
print(list(d) == list(reversed(data)), d.reverse(), list(d) == data)
d = deque()
d.reverse()
print(d)
s = tuple('abcde')
n = len(s)
d = deque(s)
d.rotate(1)
print(''.join(d))
d = deque(s)
d.rotate(-1)
print(''.join(d))
d = deque(s)
d.rotate()
print(''.join(d))
for i in range(n * 3):
    d = deque(s)
    e = deque(d)
    d.rotate(i)
    for j in range(i):
        e.rotate(1)
    assert tuple(d) == tuple(e)
    d.rotate(-i)
    assert tuple(d) == s
    e.rotate(n - i)
    assert tuple(e) == s
for i in range(n * 3):
    d = deque(s)
    e = deque(d)
    d.rotate(-i)
    for j in range(i):
        e.rotate(-1)
    assert tuple(d) == tuple(e)
print('rotate ok')
d = deque(s)
e = deque(s)
e.rotate(2**70 % 5)
d.rotate(2**30)
show('rotate big', lambda: d.rotate(2**70))
show('rotate str', lambda: d.rotate('x'))
show('rotate 2', lambda: d.rotate(1, 2))
d = deque()
d.rotate()
print(d)
d = deque(range(1000))
d.rotate(333)
d.rotate(-100)
print(d[0], d[-1], d[500])

# len, underflow, clear, remove
d = deque('ab')
print(len(d), bool(d), bool(deque()))
d.popleft()
print(len(d))
d.pop()
print(len(d))
show('pop empty', lambda: d.pop())
show('popleft empty', lambda: d.popleft())
d = deque(range(100))
d.clear()
print(len(d), list(d), d)
d.clear()
d = deque('abcdefghcij')
d.remove('c')
print(d)
d.remove('c')
print(d)
show('remove missing', lambda: d.remove('c'))
d = deque(['a', 'b', BadCompare(), 'c'])
e = deque(d)
show('remove badcmp', lambda: d.remove('c'))
for x, y in zip(d, e):
    assert x is y
for match in (True, False):
    d = deque(['ab'])
    d.extend([MutatingCompare(), 'cd'])
    d[1].d = d
    show('remove mutating %s' % match, lambda: d.remove('cd'))
    print(d)

# repr
d = deque(range(200))
e = eval(repr(d))
print(list(d) == list(e))
d.append(d)
print(repr(d)[-20:])
d = deque([1])
d.append([d])
print(repr(d))
d = deque()
d.append(d)
print(d)

# init, hash, iteration
show('init 3', lambda: deque('abc', 2, 3))
show('init int', lambda: deque(1))
show('init kw', lambda: deque(foo=1))
show('init maxlen str', lambda: deque('a', 'b'))
d = deque('abc')
d.__init__('xy')
print(d)
d.__init__()
print(d)
show('hash', lambda: hash(deque('abc')))
d = deque('abcd')
it = iter(d)
d.append('e')
show('mutated iter', lambda: next(it))
show('mutated iter again', lambda: next(it))
d = deque('abcd')
it = reversed(d)
d.pop()
show('mutated reversed', lambda: next(it))
d = deque('abc')
it = iter(d)
d[0] = 'X'
d.reverse()
print(list(it))
d = deque('abcdef')
it = iter(d)
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed(deque('abcd'))), list(reversed(deque())))
r = reversed(deque('abc'))
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)
d = deque('abcd')
it = iter(d)
next(it)
rv = it.__reduce__()
print(rv[0].__name__, rv[1][1], list(rv[0](*rv[1])))
print(list(_collections._deque_iterator(d, 2)), list(_collections._deque_reverse_iterator(d, 1)))
show('deque_iterator list', lambda: _collections._deque_iterator([1]))
show('deque_iterator 3', lambda: _collections._deque_iterator(d, 1, 2))

# long queue and steady state
d = deque(range(100))
for i in range(10000):
    d.append(d.popleft() + 1)
print(d[0], d[-1], len(d))
d = deque()
for i in range(50000):
    d.append(i)
for i in range(49990):
    d.popleft()
print(list(d))

# copy
mut = [10]
d = deque([mut])
e = d.copy()
print(list(d) == list(e), d is not e, e[0] is mut)
e = d.__copy__()
print(type(e).__name__, list(e) == list(d))
for i in range(5):
    for maxlen in range(-1, 6):
        s = [j for j in range(i)]
        d = deque(s) if maxlen == -1 else deque(s, maxlen)
        e = d.copy()
        assert d == e and d.maxlen == e.maxlen and all(x is y for x, y in zip(d, e))
print('copy ok')

# reduce
print(deque('ab').__reduce__()[:3], deque('ab', 3).__reduce__()[:3], list(deque('ab').__reduce__()[3]))
print(deque[int], deque.__class_getitem__(str))

# subclasses


class Deque(deque):
    pass


d = Deque(range(25))
d.__init__(range(200))
for i in range(200, 400):
    d.append(i)
for i in reversed(range(-200, 0)):
    d.appendleft(i)
print(list(d) == list(range(-200, 400)), len(d), type(d).__name__)
left = [d.popleft() for i in range(250)]
print(left == list(range(-200, 50)), list(d) == list(range(50, 400)))
d = Deque('abc')
d.pop()
e = d.copy()
print(type(e).__name__, e, d == e)
d = Deque('abcde', maxlen=4)
print(d, repr(d.copy()), d.__reduce__()[:3])
d.x = 1
print(d.__reduce__()[2], d.__dict__)
print(Deque('ab') + Deque('c'), type(Deque('ab') + deque('c')).__name__, type(Deque('ab') * 2).__name__)


class DequeWithBadInit(deque):
    def __init__(self):
        pass


d = DequeWithBadInit()
d.append(1)
show('copy bad init', lambda: d.copy())


class DequeWithSlots(deque):
    __slots__ = ('x', 'y', '__dict__')


d = DequeWithSlots(range(5), maxlen=3)
d.x = 1
d.z = 2
print(d, d.x, d.z, d.__reduce__()[2])


class X(deque):
    def __repr__(self):
        return 'X!'


print(repr(X('ab')), str(X('ab')), repr([X()]))


class SubclassWithKwargs(deque):
    def __init__(self, newarg=1):
        deque.__init__(self)


print(SubclassWithKwargs(newarg=1))
print(deque.__name__, deque.__module__, deque.__qualname__, repr(deque), repr(type(iter(deque()))))
print(deque.__len__(deque('ab')), deque.__getitem__(deque('ab'), -1), deque.__contains__(deque('a'), 'a'))
print(isinstance(deque(), deque), issubclass(Deque, deque))
show('slot wrapper bad self', lambda: deque.__len__([]))
show('unbound no arg', lambda: deque.append())
show('append kw', lambda: deque().append(x=1))
show('pop arg', lambda: deque().pop(1))
