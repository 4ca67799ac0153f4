# _functools.partial: CPython's test_functools partial tests, on the
# native module directly (no Lib needed).
from _functools import partial


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r)


def capture(*args, **kw):
    return args, kw


def signature(part):
    return (part.func, part.args, part.keywords, part.__dict__)


p = partial(capture, 1, 2, a=10, b=20)
print(callable(p), p(3, 4, b=30, c=40))
p = partial(map, lambda x: x * 10)
print(list(p([1, 2, 3, 4])))
p = partial(capture, 1, 2, a=10, b=20)
print(p.func is capture, p.args, p.keywords)
show('no args', lambda: partial())
show('not callable', lambda: partial(2))
show('func kw', lambda: partial(func=capture))
p = partial(capture, 1, 2)
print(p(), p(3), p(3, 4, 5, 6, 7), partial(capture)(), partial(capture)(1, 2))
p = partial(capture, a=1)
print(p(), p(b=2), p(a=3), p(a=3, b=4), partial(capture)(a=1))
for a in [(), (0,), (0, 1), (0, 1, 2), (0, 1, 2, 3)]:
    p = partial(capture, *a)
    expected = a + (3,)
    got, empty = p(3)
    assert expected == got and empty == {}
for a in ['a', 0, None, 3.5]:
    p = partial(capture, a=a)
    assert p() == ((), {'a': a}) and p(b=1) == ((), {'a': a, 'b': 1})
print('positional/keyword ok')
p = partial(capture, 0, a=1)
args1, kw1 = p(1, b=2)
args2, kw2 = p()
print(args1, kw1, args2, kw2, p.keywords)
d = {'a': 3}
p = partial(capture, **d)
print(p(), d)
d['a'] = 5
print(p(), p.keywords)
p.keywords['b'] = 7
print(p(), p(b=1))
show('side error', lambda: partial(lambda x, y: x / y, 1)(0))
show('side error kw', lambda: partial(lambda x, y: x / y, y=0)(1))
show('side error 3', lambda: partial(lambda x, y: x / y, 1, 0)())

# flattening of nested partials
inner = partial(signature, 'asdf')
nested = partial(inner, bar=True)
flat = partial(signature, 'asdf', bar=True)
print(signature(nested) == signature(flat), nested.func is signature)
inner = partial(capture, 1, a=1)
outer = partial(inner, 2, b=2)
print(outer.func is capture, outer.args, outer.keywords)
inner.attr = 'x'
outer = partial(inner, 3)
print(outer.func is inner, outer.args)


class PartialSubclass(partial):
    pass


inner = PartialSubclass(capture, 1)
outer = partial(inner, 2)
print(outer.func is capture, outer.args, type(outer).__name__)
outer = PartialSubclass(partial(capture, 1), 2)
print(outer.func is capture, outer.args, type(outer).__name__)


class CallOverride(partial):
    def __call__(self, *args):
        return 'overridden'


inner = CallOverride(capture, 1)
outer = partial(inner, 2)
print(outer.func is inner, outer(), inner())

# attributes
p = partial(capture, 1, 2, a=10, b=20)
for name in 'func', 'args', 'keywords':
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(name, 'AttributeError', e)
    try:
        delattr(p, name)
    except (AttributeError, TypeError) as e:
        print(name, type(e).__name__, e)
p.attr = 'x'
print(p.attr, p.__dict__)
show('dict set', lambda: setattr(p, '__dict__', []))
p.__dict__ = {'y': 1}
print(p.y, p.__dict__)


class A:
    meth = partial(capture, 'p')

    def method(self):
        pass


a = A()
print(a.meth(1), A.meth(2), type(A.__dict__['meth']).__name__)
print(partial(A.method, a)())
print(hasattr(partial, '__get__'))

# repr
print(repr(partial(capture)))
print(repr(partial(capture, 1, 'two')))
print(repr(partial(capture, a=1, b='b')))
print(repr(partial(capture, 3, 'x', a=[1], z=None)))
print(repr(PartialSubclass(capture, 1, k=2)))
print(repr(partial(partial(capture, 1), 2)))
p = partial(capture)
p.__setstate__((p, (), {}, {}))
print(repr(p))
p.__setstate__((capture, (p,), {}, {}))
print(repr(p))
p.__setstate__((capture, (), {'a': p}, {}))
print(repr(p))

# __reduce__ / __setstate__
p = partial(capture, 1, x=2)
p.attr = 3
rv = p.__reduce__()
print(rv[0] is partial, rv[1][0] is capture, rv[2][1:])
q = rv[0](*rv[1])
q.__setstate__(rv[2])
print(q(9), q.attr, q.keywords is not p.keywords)
print(partial(capture).__reduce__()[2][1:])
p = partial(capture)
p.__setstate__((capture, (), None, None))
print(signature(p)[1:])
p.__setstate__((capture, (1,), dict(a=10), None))
print(signature(p)[1:], p(2))
p.__setstate__((capture, (1,), dict(a=10), dict(attr=[])))
print(signature(p)[1:], p.attr)
for bad in [(capture, (), {}), (capture, (), {}, {}, None), [capture, (), {}, None],
            (None, (), {}, None), (capture, None, {}, None), (capture, [], {}, None),
            (capture, (), [], None), 5, 'abcd']:
    show('setstate %r' % (bad,), lambda: p.__setstate__(bad))


class MyTuple(tuple):
    def __add__(self, other):
        return 'evil'


class MyDict(dict):
    pass


p = partial(capture)
p.__setstate__((capture, MyTuple((1, 2)), MyDict(a=3), None))
print(p(3, b=4), type(p.args).__name__, type(p.keywords).__name__)
show('setstate none', lambda: p.__setstate__())

# subclasses and misc
ps = PartialSubclass(capture, 1, 2)
ps.extra = 'e'
print(ps(3), ps.extra, ps.__dict__, type(ps.__reduce__()[0]).__name__, ps.__reduce__()[2][3])
print(partial[int], partial.__name__, partial.__module__, repr(partial))
show('call unbound', lambda: partial.__call__(1))
show('kw not string', lambda: partial(capture)(**{'a': 1, 'b': 2}))
show('type error', lambda: partial(len, 'ab')('c'))
print(partial(len, 'ab')(), partial(dict, a=1)(a=2, b=3), partial(print, sep='-')(1, 2, sep='+'))
fs = [partial(capture, i) for i in range(3)]
print([f() for f in fs])
p = partial(capture, 1)
for _ in range(3000):
    p = PartialSubclass(p, 1)
print(len(p()[0]))
deep = capture
for _ in range(1500):
    deep = CallOverride(deep)
print(deep())
