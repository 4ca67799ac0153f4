# The _json encoder (make_encoder) behind json.dumps without indent:
# every type and option, subclasses, markers, errors, deep nesting.
import json, json.encoder, _json, sys, enum
from collections import OrderedDict

print(json.encoder.c_make_encoder is _json.make_encoder)

def show(obj, **kw):
    try:
        print(json.dumps(obj, **kw))
    except (ValueError, TypeError, RecursionError, KeyError) as e:
        print('!!', type(e).__name__, str(e)[:100])

class MyInt(int):
    def __repr__(self): return 'MyInt!'
class MyFloat(float):
    def __repr__(self): return 'MyFloat!'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyTuple(tuple):
    pass
class MyDict(dict):
    pass
class ItemsDict(dict):
    def items(self):
        return [('z', 1), ('a', 2)]
class BadItems(dict):
    def items(self):
        return [('z', 1, 2)]
class NoItems(dict):
    def items(self):
        return 5
class Color(enum.IntEnum):
    RED = 1
class F(float, enum.Enum):
    X = 1.5

show([None, True, False, 0, -1, 10**30, -10**30, 1.5, -0.0, 1e16, 1e-5, 1e22, 0.1, 5e-324, 'a', ''])
show(['\x00\x1f\x7f "\\/\b\f\n\r\t', 'é€😀\ud800\udfff'])
show(['é€😀\ud800\udfff', '\x7f'], ensure_ascii=False)
show([float('nan'), float('inf'), float('-inf')])
show([float('nan')], allow_nan=False)
show({float('inf'): 1}, allow_nan=False)
show({float('inf'): 1, float('-inf'): 2, float('nan'): 3})
show([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, MyTuple((2,))]), MyDict(a=1), Color.RED, F.X])
show({MyInt(5): 1, MyFloat(2.5): 2, MyStr('k'): 3, Color.RED: 4, True: 5, False: 6, None: 7, 10**20: 8})
show(ItemsDict(q=1))
show(ItemsDict())
show(BadItems(q=1))
show(NoItems(q=1))
show(NoItems())
show(OrderedDict([('b', 1), ('a', 2)]), sort_keys=True)
show({'b': 1, 'a': 2, 'é': 3, 'Z': 4, '😀': 5, '\ud800': 6, '\uffff': 7}, sort_keys=True)
show({'b': 1, 2: 2}, sort_keys=True)
show({2: 1, 1.5: 2, 10: 3}, sort_keys=True)
show({(1, 2): 3})
show({(1, 2): 3, 'a': 1, object(): 2, 'b': 2}, skipkeys=True)
show({(1, 2): 3}, skipkeys=True)
show({'a': [1, 2], 'b': {'c': ()}}, separators=(';', '='))
show({'a': [1, 2]}, separators=(MyStr(','), MyStr(':')))
show([], indent=None)
show({'a': [1, {'b': 2}]}, indent=2)
show({'a': 1}, indent=0)
show(10**5000)
show([set()])
show([1, {2}], default=sorted)
show([1, {2}], default=lambda o: None)
show(object(), default=lambda o: type(o).__name__)
show(object(), default=lambda o: o)
show(object(), default=lambda o: [o])
show([complex(1, 2)], default=lambda o: [o.real, o.imag])

def boom(o):
    raise KeyError('boom')
show({1, 2}, default=boom)

a = []; a.append(a)
show(a)
d = {}; d['x'] = [d]
show(d)
show(a, check_circular=False)
shared = [1]
show([shared, shared, {'k': shared}])

class Grows:
    pass
lst = [Grows()]
def grow(o):
    if len(lst) < 4:
        lst.append(len(lst))
    return 'g'
show(lst, default=grow)

# The encoder object itself.
e = _json.make_encoder(None, str, _json.encode_basestring, None, ': ', ', ', True, False, True)
print(type(e).__name__, e.markers, e.default is str, e.encoder is _json.encode_basestring, e.indent,
      repr(e.key_separator), repr(e.item_separator), e.sort_keys, e.skipkeys)
print(e({'b': [1, 'x'], 'a': None}, 0), e('s', _current_indent_level=3))
e = _json.make_encoder({}, None, _json.encode_basestring_ascii, 4, ':', ',', False, False, True)
print(e({'a': [1, {'b': 2}]}, 1))  # 3.10's C encoder keeps indent but does not apply it
e = _json.make_encoder({}, str, lambda s: '<' + s + '>', None, ':', ',', False, False, True)
print(e({'k': ['v', 1.5], 2: 'w'}, 0))
e = _json.make_encoder(None, str, lambda s: 1, None, ':', ',', False, False, True)
try:
    e(['x'], 0)
except TypeError as x:
    print('TypeError', x)
for args in [([], str, str, None, ':', ',', 0, 0, 0), ({}, str, str, None, 1, ',', 0, 0, 0),
             ({}, str, str, None, ':', b',', 0, 0, 0), ({}, str, str, None, ':', ',', 0, 0)]:
    try:
        _json.make_encoder(*args)
    except TypeError as x:
        print('TypeError', x)
try:
    e()
except TypeError as x:
    print('TypeError', x)

# Deep nesting fails with RecursionError, never a crash.
sys.setrecursionlimit(200)
deep = []
for _ in range(1000):
    deep = [deep]
show(deep)
deep = {}
for _ in range(1000):
    deep = {'a': deep}
show(deep)
class Node:
    pass
show(Node(), default=lambda o: Node())
show([[[[1]]]])
