# json.loads reads strings without escapes eight bytes at a time: a quote,
# a backslash or a control character at every offset of a word, in values
# and in keys (new and repeated), strict and not.
import json

stops = ['"', '\\\\', '\\n', '\\u0041', '\\t', '\\/']
for n in range(0, 19):
    for stop in stops:
        body = ''.join(chr(ord('a') + k % 26) for k in range(n))
        for pos in range(0, n + 1, 3):
            s = body[:pos] + (stop if stop != '"' else '') + body[pos:]
            doc = '{"%s": "%s", "k%s": ["%s", "%s"]}' % (s, s, s, s, s)
            v = json.loads(doc)
            assert list(v.values())[0] == list(v.keys())[0], (doc, v)
            if n % 6 == 0 and pos == 0:
                print(n, repr(stop), v)

# control characters: rejected when strict, kept when not
for c in ['\x00', '\x01', '\x1f', '\t', '\n']:
    for n in (0, 5, 8, 13):
        doc = '["' + 'x' * n + c + 'y' * (9 - n % 9) + '"]'
        try:
            json.loads(doc)
            print('accepted', repr(doc))
        except json.JSONDecodeError as e:
            print('strict:', e)
        print(json.loads(doc, strict=False))

# unterminated strings and strings ending the text
for doc in ['"abc', '"abcdefghij', '["abcdefghijklmnop', '{"abcdefghijk', '"' + 'z' * 16 + '"']:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print('error:', e)

# bytes above 0x7f make the text non-ASCII (the other path)
print(json.loads('{"caf\u00e9 au lait": "na\u00efve \u2603 snowman!"}'))
print(json.loads('["\\u00e9\\u2603", "plain ascii after escapes", "\\ud83d\\ude00"]'))
# the same key many times shares one str
d = json.loads('[' + ','.join('{"a_long_key_name": %d}' % i for i in range(5)) + ']')
print(len({id(next(iter(x))) for x in d}), d)

# the key memo outlives a call: later calls with the same, new and escaped
# keys, a large document (more keys than the memo keeps) and a hook that
# calls loads again while a decode runs
for doc in ['{"a": 1, "b\\u00e9": 2}', '{"a": 3, "c": {"a": 4}}', '{"b\\u00e9": 5, "a\\"q": 6}']:
    print(json.loads(doc))
big = json.loads('{' + ','.join('"key%d": %d' % (i, i) for i in range(3000)) + '}')
print(len(big), big['key0'], big['key2999'])
print(json.loads('{"key1": "x", "a": 1}'))
dec = json.JSONDecoder(object_hook=lambda d: {k + '!': json.loads('{"%s": 0}' % k) for k in d})
print(dec.decode('{"outer": {"inner": 1, "a": 2}}'))
print(dec.decode('{"outer": {"inner": 1, "a": 2}}'))
