# _json's string encoders and scanner (the parts json's pure-Python
# encoder and decoder call when they are present).
import _json

samples = ['', 'plain', 'quote " and \\ backslash', 'ctl \n\r\t\b\f \x00 \x1f \x7f', 'é ü ß', '€ \u2028', '\U0001f600 emoji',
           '\ud800 lone', '/slash/', 'mixed "é"\n']
for s in samples:
    print(_json.encode_basestring_ascii(s), repr(_json.encode_basestring(s)))
for doc, end in [('"abc"', 1), ('x"a\\"b\\\\c\\/d"', 2), ('"\\b\\f\\n\\r\\t"', 1), ('"\\u00e9\\u20ac"', 1), ('"\\ud83d\\ude00!"', 1),
                 ('"\\ud83d x"', 1), ('"\\udc00\\ud800x"', 1), ('"tab\there"', 1), ('"" tail', 1), ('"é"', 1), ('"\\uD83D\\uDE00"', 1)]:
    try:
        print(repr(doc), _json.scanstring(doc, end, False))
    except Exception as e:
        print(repr(doc), type(e).__name__)
print(_json.scanstring('"a"', 1, True), _json.scanstring('"a"', 1))
for bad in [(1, 0), ('"a"', 5), ('"a"', -1)]:
    try:
        _json.scanstring(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for f in (_json.encode_basestring, _json.encode_basestring_ascii):
    try:
        f(b'x')
    except TypeError as e:
        print(e)
print(_json.__doc__)
