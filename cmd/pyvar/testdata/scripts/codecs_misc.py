# latin-1, ascii, charmap, the escape codecs and error handlers of
# _codecs, without Lib; and str.encode/bytes.decode through them.
import _codecs as C


def show(label, f, *args):
    try:
        r = f(*args)
    except (UnicodeError, TypeError, ValueError, LookupError, IndexError) as e:
        x = [type(e).__name__, str(e)]
        if isinstance(e, UnicodeError):
            x += [e.start, e.end]
        print(label, 'raises', x)
    else:
        print(label, ascii(r))


handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass']
for s in ['abc', 'caf\xe9', 'x\u20acy\u20ac\u20acz', '\udc80\udcff', 'a\udc80\u1234', '\U0001f600!', '\xff\u0100']:
    for h in handlers:
        show(('latin1', ascii(s), h), C.latin_1_encode, s, h)
        show(('ascii', ascii(s), h), C.ascii_encode, s, h)
        show(('str.encode', ascii(s), h), s.encode, 'ascii', h)
for b in [b'abc', b'caf\xe9', b'\x80\xff', b'a\x80b']:
    for h in handlers:
        show(('ascii-dec', b, h), C.ascii_decode, b, h)
    show(('latin1-dec', b), C.latin_1_decode, b)
    show(('bytes.decode', b), b.decode, 'latin-1')
    show(('bytes.decode', b), b.decode, 'Latin_1')
    show(('bytes.decode', b), b.decode, 'US-ASCII', 'replace')

# charmap with str tables, dicts and EncodingMaps
table = ''.join(chr(i) for i in range(128)) + '\u20ac\ufffe' + ''.join(chr(0x400 + i) for i in range(126))
m = C.charmap_build(table)
print(type(m).__name__, type(C.charmap_build('abc')).__name__, C.charmap_build('abc'))
for s in ['abc', '\u20ac\u0400\u047d', 'x\u1234\u1235y', '\xff']:
    for h in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace']:
        show(('charmap-enc', ascii(s), h), C.charmap_encode, s, h, m)
for b in [b'ab\x80\x81\x82', b'\xff\x81']:
    for h in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show(('charmap-dec', b, h), C.charmap_decode, b, h, table)
show('charmap-dec-dict', C.charmap_decode, b'abc', 'strict', {97: 'X', 98: None, 99: 0x263a})
show('charmap-dec-dict2', C.charmap_decode, b'ab', 'replace', {97: 'XY'})
show('charmap-dec-bad', C.charmap_decode, b'a', 'strict', {97: 1.5})
show('charmap-dec-range', C.charmap_decode, b'a', 'strict', {97: 0x110000})
show('charmap-enc-dict', C.charmap_encode, 'ab', 'strict', {97: 65, 98: b'BB'})
show('charmap-enc-range', C.charmap_encode, 'a', 'strict', {97: 300})
show('charmap-enc-type', C.charmap_encode, 'a', 'strict', {97: 'x'})
show('charmap-none', C.charmap_encode, '\xe9', 'strict', None)
show('charmap-none-dec', C.charmap_decode, b'\xe9')

# escapes
for s in ['abc', 'a\\b', 'tab\there\n', '\x00\x7f\x80\xff', '\u20ac', '\U0001f600', "q'\""]:
    print('ue', ascii(s), C.unicode_escape_encode(s), C.raw_unicode_escape_encode(s))
for b in [b'abc', b'\\n\\t\\\\', b'\\x41\\u20ac\\U0001f600', b'\\101\\1\\777', b'\\x4', b'\\u12', b'\\U110000', b'\\U00110000',
          b'\\N{LATIN SMALL LETTER A}', b'\\N{latin small letter e with acute}', b'\\N{nope}', b'\\N', b'\\N{', b'\\N{}',
          b'abc\\', b'\\\n', b'\\\'', b'\\a\\b\\f\\v', b'\xe9\\x']:
    for final in (True, False):
        for h in ['strict', 'replace', 'backslashreplace']:
            show(('ud', b, final, h), C.unicode_escape_decode, b, h, final)
for b in [b'abc', b'\\u20ac', b'\\\\u20ac', b'\\\\\\u20ac', b'\\U0001f600', b'\\U00110000', b'\\u12', b'\\n', b'a\\', b'\\']:
    for final in (True, False):
        show(('rud', b, final), C.raw_unicode_escape_decode, b, 'strict', final)
show('ud-str', C.unicode_escape_decode, '\\u20ac')
for b in [b'abc', b"it's", b'\x00\n\t\r\\\x7f\xff"']:
    print('esc-enc', C.escape_encode(b))
for b in [b'abc', b'\\x41\\n\\\\', b'\\x4g', b'\\x4', b'abc\\', b'\\101\\777', b'\\\nx', '\\x41']:
    for h in [None, 'strict', 'replace', 'ignore', 'foo']:
        show(('esc-dec', b, h), C.escape_decode, b, h)
show('readbuffer', C.readbuffer_encode, b'ab')
show('readbuffer-str', C.readbuffer_encode, 'h\xe9')

# error handlers as functions
for name in handlers:
    h = C.lookup_error(name)
    print(name, h.__name__)
    for exc in [UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600\udc80z', 1, 5, 'bad'),
                UnicodeDecodeError('utf-8', b'a\xe9\x80\xedz', 1, 3, 'bad'),
                UnicodeTranslateError('a\xe9\u20acz', 1, 3, 'bad'),
                UnicodeEncodeError('utf-16-be', 'a\ud800b', 1, 2, 'bad'),
                UnicodeDecodeError('utf-16-le', b'\x00\xd8', 0, 2, 'bad'),
                ValueError('x')]:
        show((name, type(exc).__name__), h, exc)
show('lookup_error', C.lookup_error, 'nope')
show('register_error', C.register_error, 'x', 1)


# custom handlers
def h1(e):
    return ('<%d-%d>' % (e.start, e.end), e.end)


def h2(e):
    pos = e.end - len(e.object)  # negative: counted from the end
    return (b'##' if isinstance(e, UnicodeEncodeError) else '##', pos if pos < 0 else e.end)


def h3(e):
    return ('x', 100)


def h4(e):
    return 'nope'


def h5(e):
    e.object = b'\xff' * 3 + b'tail'
    return ('[' + e.reason + ']', e.end)


for name, h in [('h1', h1), ('h2', h2), ('h3', h3), ('h4', h4), ('h5', h5)]:
    C.register_error('test.' + name, h)
    show(('custom-enc', name), 'a\xe9\xe8b\u1234'.encode, 'ascii', 'test.' + name)
    show(('custom-dec', name), b'a\xe9\xe8b'.decode, 'utf-8', 'test.' + name)
    show(('custom-latin', name), C.latin_1_encode, '\u1234x', 'test.' + name)
show('unknown-handler', 'a\xe9'.encode, 'ascii', 'nonesuch')
show('unknown-handler-ok', 'abc'.encode, 'ascii', 'nonesuch')

# str.encode / bytes.decode argument checks and fast names
show('enc-type', 'a'.encode, 1)
show('enc-err-type', 'a'.encode, 'utf-8', 1)
show('dec-type', b'a'.decode, 1)
show('str()', str, b'caf\xc3\xa9', 'UTF8')
show('str()-errors', lambda b: str(b, errors='replace'), b'caf\xe9')
show('bytes()', bytes, 'caf\xe9', 'latin1')
show('bytes()-type', bytes, 'x', 1)
for enc in ['utf-8', 'UTF8', 'utf_8', 'U T F 8', 'utf-16', 'UTF-32', 'ascii', 'us-ascii', 'latin-1', 'ISO-8859-1', 'iso8859_1']:
    show(('fast', enc), '\xe9'.encode, enc, 'replace')
print(UnicodeEncodeError('ascii', 'abc', 5, 7, 'bad'), '|', UnicodeEncodeError('ascii', 'abc', 1, 1, 'bad'))
print(UnicodeDecodeError('ascii', bytearray(b'abc'), 1, 2, 'bad').object)
print(UnicodeTranslateError('a\u1234c', 1, 2, 'bad'), '|', UnicodeTranslateError('abc', 0, 2, 'bad').encoding)
show('uee-args', UnicodeEncodeError, 'a')
show('uee-types', UnicodeEncodeError, 1, 'abc', 1, 1, 'bad')
show('ude-types', UnicodeDecodeError, 'ascii', 'abc', 1, 2, 'bad')
