# The _json scanner (make_scanner) behind json.loads: values, every hook,
# the memo, errors with their messages and positions, deep nesting.
import json, json.scanner, _json, sys
from collections import OrderedDict
from decimal import Decimal

print(json.scanner.make_scanner is _json.make_scanner)

def show(s, **kw):
    try:
        print(repr(s)[:60], '->', repr(json.loads(s, **kw))[:200])
    except json.JSONDecodeError as e:
        print(repr(s)[:60], '!', e.msg, e.pos, e.lineno, e.colno)
    except (ValueError, RecursionError, TypeError) as e:
        print(repr(s)[:60], '!!', type(e).__name__, str(e)[:100])

for s in ['0', '-0', '-0.0', '12', '-12', '1.5', '1e5', '1E+5', '1e-5', '-1.25e-3', '0.1', '1e400', '-1e400', '1e-400',
          '123456789012345678', '1234567890123456789', '-9223372036854775809', '1' * 40, '1' * 5000,
          '1.', '1e', '1e+', '01', '-', '--1', '- 1', '.5', '+1', '0x10', '1.5.5', '2 ', ' 3', '\t[1]\n',
          'null', 'true', 'false', 'nul', 'tru', 'fals', 'NaN', 'Infinity', '-Infinity', 'Nan', 'Infinit', '-Inf', 'nan',
          '""', '"abc"', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00\\ud83d"',
          '"\\ud83dx"', '"\\ud83d\\u0041"', '"\\ud83d\\uXYZW"', '"\\u12"', '"\\u12G4"', '"\\x"', '"abc', '"abc\\', '"\\',
          '"a\x01b"', '"a\nb"', '"a\x7fb"', '"é😀"', '"\udc80"',
          '[]', '[ ]', '[1,2 , 3]', '[1,]', '[1 2]', '[1,', '[', ']', '[,]', '[[[]]]', '[1]]', '{}', '{ }', '{"a":1}',
          '{"a" : 1 , "b":[true, {"c": null}]}', '{"a":1,}', '{"a":1 "b":2}', '{"a" 1}', '{"a":}', '{a:1}', "{'a':1}",
          '{"a":1', '{"a"', '{', '{1:2}', '{"a":1,"a":2}', '[1, 2] x', '"x" "y"', '', ' ', '\n\n  [1,\n  x]',
          '{"é": "ü", "😀": [1.0]}', '[0.1, 0.2, 1e22, 1e-7, 5e-324, 1.7976931348623157e308]']:
    show(s)

show('"a\x01b"', strict=False)
show('{"a\nb": "\t"}', strict=False)
show('{"a\nb": "\t"}')
show('[1.5, 2, 3e0]', parse_float=Decimal)
show('[1.5, 2, -7]', parse_int=lambda s: ('int', s))
show('[1.5, 2, -7]', parse_float=str, parse_int=str)
show('[NaN, Infinity, -Infinity]', parse_constant=lambda c: 'const ' + c)
show('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items()))
show('{"b": 1, "a": {"c": 2}, "b": 3}', object_pairs_hook=lambda p: p)
show('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
show('{"b": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs')
show('{}', object_pairs_hook=tuple)

def bad_hook(d):
    raise KeyError('from hook')
try:
    json.loads('[{"a": 1}]', object_hook=bad_hook)
except KeyError as e:
    print('hook error', e)

# The memo: equal keys in one document share one str.
r = json.loads('[{"key": 1}, {"key": 2}, {"ke\\u0079": 3}]')
print(all(list(r[0])[0] is list(d)[0] for d in r))

# scan_once directly: StopIteration(idx) and its arguments.
dec = json.JSONDecoder()
s = dec.scan_once
print(type(s).__name__, s.strict, s.object_hook, s.parse_float, s.parse_int is int, s.parse_constant == dec.parse_constant)
print(s('  [1, "a"] tail', 2), s('x 12.5e1y', 2), s(string='"q"', idx=0))
for args in [('abc', 0), ('[1,', 0), ('', 0), ('1', 1), ('1', 5), ('-', 0), ('x', -1)]:
    try:
        print(args, s(*args))
    except StopIteration as e:
        print(args, 'StopIteration', e.value, e.args)
    except ValueError as e:
        print(args, type(e).__name__, e)
for args, kw in [((b'1', 0), {}), (('1',), {}), (('1', '0'), {}), (('1', 0, 1), {})]:
    try:
        s(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    _json.make_scanner()
except TypeError as e:
    print('TypeError', e)
class Ctx:
    strict = 0
    object_hook = object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = str
sc = _json.make_scanner(Ctx())
print(sc.strict, sc('"\t"', 0))
del Ctx.parse_constant
try:
    _json.make_scanner(Ctx())
except AttributeError as e:
    print('AttributeError', e)
try:
    class Sub(_json.make_scanner):
        pass
except TypeError as e:
    print('TypeError', e)

# Deep nesting fails with RecursionError, never a crash.
sys.setrecursionlimit(200)
for s in ['[' * 1000 + ']' * 1000, '{"a":' * 1000 + '1' + '}' * 1000]:
    try:
        json.loads(s)
    except RecursionError as e:
        print('RecursionError', e)
print(len(json.loads('[' * 100 + ']' * 100)))
