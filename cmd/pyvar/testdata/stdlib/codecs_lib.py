# CPython's codecs module and encodings package running on pyvar's
# _codecs: lookup and aliases, the charmap code pages, stateful UTF-16 and
# utf-8-sig, stream readers and writers, incremental codecs, idna and
# punycode, error handlers, and the registry's errors.
import codecs
import encodings
import _io

print(codecs.lookup('UTF8').name, codecs.lookup('latin1').name, codecs.lookup('U16').name, codecs.lookup('cp-1252').name)
info = codecs.lookup('utf-8')
print(type(info).__name__, info.name, info._is_text_encoding, info.encode('\u20ac'), info.decode(b'\xe2\x82\xac'))
for enc in ['cp1252', 'cp437', 'cp850', 'mac_roman', 'koi8_r', 'iso8859_15', 'cp1251', 'latin_1', 'ascii', 'utf_7', 'utf_16_le',
            'utf_32_be', 'unicode_escape', 'raw_unicode_escape', 'utf-8-sig', 'cp037', 'hp_roman8', 'tis_620']:
    text = 'Caf\xe9 \u20ac \u0416 x'
    data = text.encode(enc, errors='replace')
    print(enc, data, ascii(data.decode(enc, errors='replace')))
for enc in ['cp1252', 'koi8_r']:
    try:
        '\u4e2d'.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e)
    try:
        b'\x81'.decode('cp1252')
    except UnicodeDecodeError as e:
        print(e)
print(codecs.encode('hello', 'rot13'), codecs.decode('uryyb', 'rot_13'))
print(codecs.encode(b'\x00\xff', 'hex'), codecs.decode(b'00ff', 'hex_codec'))
try:
    codecs.decode(b'0', 'hex')
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    'x'.encode('rot13')
except LookupError as e:
    print(e)
try:
    b'x'.decode('hex')
except LookupError as e:
    print(e)
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print(e)
print('bücher.example'.encode('idna'), b'xn--bcher-kva.example'.decode('idna'), 'bücher'.encode('punycode'))
print('\ufeffx'.encode('utf-8-sig'), b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf-8-sig'))

enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.getstate())
enc.reset()
print(enc.encode('c'))
dec = codecs.getincrementaldecoder('utf-8')(errors='replace')
print(ascii(dec.decode(b'\xe2\x82')), dec.getstate(), ascii(dec.decode(b'\xac\xff', final=True)))
dec = codecs.getincrementaldecoder('utf-16')()
print(ascii(dec.decode(b'\xff')), ascii(dec.decode(b'\xfea')), dec.getstate(), ascii(dec.decode(b'\x00')))
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac!'], 'utf-8')), list(codecs.iterencode(['a', '\u20ac'], 'utf-16-le')))

buf = _io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('line one \u20ac\n')
w.writelines(['two\n', 'three'])
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader('utf-8')(buf)
print(ascii(r.readline()), r.readlines())
rw = codecs.StreamReaderWriter(_io.BytesIO('\u20ac\nx'.encode('cp1252')), codecs.getreader('cp1252'), codecs.getwriter('cp1252'))
print(ascii(rw.read()))
rec = codecs.EncodedFile(_io.BytesIO(b'caf\xe9'), 'utf-8', 'latin-1')
print(rec.read())

def handler(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % exc.object[exc.start:exc.end], exc.end)
    return ('?' * (exc.end - exc.start), exc.end)

codecs.register_error('test.angle', handler)
print('a\u20acb\u4e2dc'.encode('cp1252', 'test.angle'), b'a\x81\x8db'.decode('cp1252', 'test.angle'))
print(codecs.lookup_error('test.angle') is handler, codecs.lookup_error('strict'), codecs.strict_errors)
try:
    codecs.lookup_error('test.nope')
except LookupError as e:
    print(e)
print('\u20ac\udcff'.encode('ascii', 'backslashreplace'), '\u20ac'.encode('ascii', 'xmlcharrefreplace'), '\xe9'.encode('ascii', 'namereplace'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)

def search(name):
    if name == 'pyvar_test':
        return codecs.CodecInfo(lambda s, errors='strict': (s.encode('ascii')[::-1], len(s)),
                                lambda b, errors='strict': (bytes(b)[::-1].decode('ascii'), len(b)), name='pyvar-test')
    return None

codecs.register(search)
print('abc'.encode('pyvar_test'), b'cba'.decode('pyvar-test'), codecs.lookup('PYVAR TEST').name)
codecs.unregister(search)
try:
    codecs.lookup('pyvar_test')
except LookupError as e:
    print(e)
with codecs.open('/tmp/pyvar-codecs_lib.txt', 'w', encoding='utf-16') as f:
    f.write('h\xe9llo\nworld\n')
with codecs.open('/tmp/pyvar-codecs_lib.txt', encoding='utf-16') as f:
    print(f.readlines())
with open('/tmp/pyvar-codecs_lib.txt', 'rb') as f:
    print(f.read())
import posix
posix.unlink('/tmp/pyvar-codecs_lib.txt')
print(sorted(k for k in encodings.aliases.aliases if k.startswith('utf_8') or k == 'u8'))
