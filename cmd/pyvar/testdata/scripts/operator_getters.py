# _operator: itemgetter, attrgetter and methodcaller (test_operator's
# getter tests), their reprs and __reduce__.
import _operator as operator
from _functools import partial


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


class A:
    pass


a = A()
a.name = 'arthur'
f = operator.attrgetter('name')
print(f(a))
show('call none', lambda: f())
show('call 2', lambda: f(a, 1))
show('call kw', lambda: f(a, surname='x'))
f = operator.attrgetter('rank')
show('missing', lambda: f(a))
show('not str', lambda: operator.attrgetter(2))
show('no args', lambda: operator.attrgetter())
show('kw', lambda: operator.attrgetter('x', y=1))
record = A()
record.x = 'X'
record.y = 'Y'
record.z = 'Z'
print(operator.attrgetter('x', 'z', 'y')(record))
show('missing of 2', lambda: operator.attrgetter('x', (), 'y'))
a = A()
a.name = 'arthur'
a.child = A()
a.child.name = 'thomas'
a.child.child = A()
a.child.child.name = 'johnson'
print(operator.attrgetter('child.name')(a), operator.attrgetter('name', 'child.name')(a),
      operator.attrgetter('child.child.name')(a), operator.attrgetter('name', 'child.name', 'child.child.name')(a))
show('dotted missing', lambda: operator.attrgetter('child.child.nope')(a))
show('trailing dot', lambda: operator.attrgetter('child.')(a))
show('leading dot', lambda: operator.attrgetter('.child')(a))
print(repr(operator.attrgetter('x')), repr(operator.attrgetter('x', 'y.z')), repr(operator.attrgetter('a..b')))
print(operator.attrgetter('x', 'y.z').__reduce__(), operator.attrgetter('real')(3 + 4j), operator.attrgetter('__class__')(1))


class StrSub(str):
    pass


print(operator.attrgetter(StrSub('name'))(a))

# itemgetter
a = 'ABCDE'
f = operator.itemgetter(2)
print(f(a))
show('call none', lambda: f())
show('call 2', lambda: f(a, 3))
show('call kw', lambda: f(a, size=3))
f = operator.itemgetter(10)
show('oob', lambda: f(a))


class C:
    def __getitem__(self, name):
        raise SyntaxError


show('raises', lambda: operator.itemgetter(42)(C()))
f = operator.itemgetter('name')
show('str on str', lambda: f(a))
show('no args', lambda: operator.itemgetter())
show('kw', lambda: operator.itemgetter(1, x=2))
d = dict(key='val')
print(operator.itemgetter('key')(d))
show('missing key', lambda: operator.itemgetter('nonkey')(d))
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
getcount = operator.itemgetter(1)
print(list(map(getcount, inventory)), sorted(inventory, key=getcount))
data = list(map(str, range(20)))
print(operator.itemgetter(2, 10, 5)(data), operator.itemgetter(2, 10, 5)(range(20)))
show('multi oob', lambda: operator.itemgetter(2, 'x', 5)(data))
t = tuple('abcde')
print(operator.itemgetter(-1)(t), operator.itemgetter(slice(2, 4))(t), operator.itemgetter(slice(None), 0)(t))
print(operator.itemgetter(0)([1.5]), operator.itemgetter(True)('ab'))
print(repr(operator.itemgetter(1)), repr(operator.itemgetter(1, 'a', (2, 3))), operator.itemgetter(1, 2).__reduce__())
lst = []
ig = operator.itemgetter(lst)
lst.append(ig)
print(repr(ig))

# methodcaller
show('no args', lambda: operator.methodcaller())
show('not str', lambda: operator.methodcaller(12))
show('kw name', lambda: operator.methodcaller(name='foo'))


class B:
    def foo(self, *args, **kwds):
        return args[0] + args[1]

    def bar(self, f=42):
        return f

    def baz(*args, **kwds):
        return kwds['name'], kwds['self']


b = B()
f = operator.methodcaller('foo')
show('foo no args', lambda: f(b))
f = operator.methodcaller('foo', 1, 2)
print(f(b))
show('call none', lambda: f())
show('call 2', lambda: f(b, 3))
show('call kw', lambda: f(b, spam=3))
print(operator.methodcaller('bar')(b), operator.methodcaller('bar', f=5)(b),
      operator.methodcaller('baz', name='spam', self='eggs')(b))
show('missing', lambda: operator.methodcaller('nope')(b))
print(operator.methodcaller('upper')('abc'), operator.methodcaller('split', ',', 1)('a,b,c'),
      operator.methodcaller('replace', 'a', 'b', count=1)('aaa') if False else operator.methodcaller('count', 'a')('banana'))
mc = operator.methodcaller('method', 1, 'a', x=2, y='b')
print(repr(mc), repr(operator.methodcaller('m')))
print(operator.methodcaller('m', 1, 2).__reduce__())
rv = mc.__reduce__()
print(type(rv[0]) is partial, rv[0].func is operator.methodcaller, rv[0].args, rv[0].keywords, rv[1])
mc2 = rv[0](*rv[1])
print(repr(mc2))
for t in operator.itemgetter, operator.attrgetter, operator.methodcaller:
    try:
        class S(t):
            pass
    except TypeError as e:
        print(t.__name__, t.__module__, repr(t), e)
show('hash', lambda: type(hash(operator.itemgetter(1))).__name__)
print(operator.itemgetter(1) == operator.itemgetter(1))
