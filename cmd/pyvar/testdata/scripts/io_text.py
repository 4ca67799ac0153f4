# TextIOWrapper over BytesIO and over real files (no Lib): encodings and
# errors, newline translation in every mode, line buffering and
# write_through, tell/seek cookies (multi-byte and BOM codecs), readline
# limits, iteration, reconfigure and detach.
import _io

PATH = '/tmp/pyvar-io_text.txt'


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))


def wrap(data=b'', **kw):
    return _io.TextIOWrapper(_io.BytesIO(data), **kw)


t = wrap(b'a\r\nb\rc\nd', encoding='utf-8')
print(t.encoding, t.errors, t.line_buffering, t.write_through, ascii(t.newlines), t.readable(), t.writable(), t.seekable())
print(ascii(t.readlines()), ascii(t.newlines))
for nl in [None, '', '\n', '\r', '\r\n']:
    t = wrap(b'one\r\ntwo\rthree\nfour\r', encoding='ascii', newline=nl)
    print(repr(nl), ascii(t.readlines()), ascii(t.newlines))
    t = wrap(encoding='ascii', newline=nl)
    t.write('x\ny\r\nz')
    print(repr(nl), t.buffer.getvalue())
show('bad newline', wrap, newline='x')
show('newline type', wrap, newline=1)
show('encoding type', wrap, encoding=1)
show('errors type', wrap, errors=1)
show('unknown encoding', wrap, encoding='no-such')
show('write bytes', wrap().write, b'x')

for enc in ['utf-8', 'latin-1', 'ascii', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'UTF8', 'iso-8859-1']:
    t = wrap(encoding=enc, errors='replace')
    t.write('h\xe9llo \u20ac\n')
    t.write('second')
    t.flush()
    raw = t.buffer.getvalue()
    t.seek(0)
    print(enc, t.encoding, raw, ascii(t.read()))

t = wrap(b'\xff\xfeh\x00i\x00', encoding='utf-16')
print(ascii(t.read()), t.tell())
show('utf-16 no BOM', lambda: wrap(b'h\x00i\x00', encoding='utf-16').read())
show('bad utf-8', lambda: wrap(b'ab\xffcd', encoding='utf-8').read())
show('bad utf-8 replace', lambda: wrap(b'ab\xffcd', encoding='utf-8', errors='replace').read())
show('bad utf-8 surrogateescape', lambda: wrap(b'ab\xffcd', encoding='utf-8', errors='surrogateescape').read())
show('encode error', lambda: wrap(encoding='ascii').write('caf\xe9'))
show('encode backslash', lambda: (lambda t: (t.write('caf\xe9'), t.flush(), t.buffer.getvalue()))(wrap(encoding='ascii', errors='backslashreplace')))

# tell and seek round trips over a multi-byte text
text = 'h\xe9llo w\u20acrld\nsecond \U0001f600 line\nthird\n' * 50
for enc in ['utf-8', 'utf-16', 'utf-32', 'latin-1']:
    if enc == 'latin-1':
        text2 = text.encode('utf-8').decode('latin-1')
    else:
        text2 = text
    t = wrap(text2.encode(enc), encoding=enc)
    cookies = []
    while True:
        pos = t.tell()
        line = t.readline()
        if not line:
            break
        cookies.append((pos, line))
    ok = True
    for pos, line in cookies[::7]:
        t.seek(pos)
        ok = ok and t.readline() == line
    t.seek(0)
    t.read(3)
    c = t.tell()
    rest = t.read(10)
    t.seek(c)
    print(enc, len(cookies), cookies[1][0], cookies[-1][0], ok, t.read(10) == rest, c)

t = wrap(b'abc\ndef\n', encoding='utf-8')
for line in t:
    show('tell in loop', t.tell)
show('tell after loop', t.tell)
t.seek(0)
show('seek cur', t.seek, 0, 1)
show('seek cur nonzero', t.seek, 3, 1)
show('seek end', t.seek, 0, 2)
show('seek end nonzero', t.seek, -1, 2)
show('seek negative', t.seek, -1)
show('seek whence', t.seek, 0, 9)
show('read', t.read)
t.seek(0)
show('readline 2', t.readline, 2)
show('readline 0', t.readline, 0)
show('readline -1', t.readline, -1)
show('readline None', t.readline, None)
show('read 2', t.read, 2)
show('read None', t.read, None)
show('read float', t.read, 1.5)

# line buffering and write_through: when bytes reach the buffer
class Buf(_io.BytesIO):
    def write(self, b):
        print('  buffer.write', bytes(b))
        return super().write(b)

    def flush(self):
        print('  buffer.flush')
        return super().flush()

t = _io.TextIOWrapper(Buf(), encoding='ascii', line_buffering=True)
print('lb write a'); t.write('a')
print('lb write b\\nc'); t.write('b\nc')
print('lb write \\r'); t.write('\r')
print('lb close'); t.close()
t = _io.TextIOWrapper(Buf(), encoding='ascii', write_through=True)
print('wt write a'); t.write('a')
print('wt close'); t.close()
t = _io.TextIOWrapper(Buf(), encoding='ascii')
t._CHUNK_SIZE = 4
print('chunk write abc'); t.write('abc')
print('chunk write de'); t.write('de')
print('chunk write fghijk'); t.write('fghijk')
print('chunk flush'); t.flush()
show('chunk size 0', setattr, t, '_CHUNK_SIZE', 0)
show('chunk size del', delattr, t, '_CHUNK_SIZE')
print(t._CHUNK_SIZE)
t.close()

t = wrap(b'x', encoding='utf-8')
t.reconfigure(line_buffering=True, write_through=True)
print(t.line_buffering, t.write_through)
t.reconfigure(encoding='latin-1', errors='ignore', newline='\r\n')
print(t.encoding, t.errors)
t.read(1)
show('reconfigure after read', t.reconfigure, encoding='ascii')
show('reconfigure positional', t.reconfigure, 'ascii')
t = wrap(encoding='utf-8')
t.write('\u20ac')
t.reconfigure(encoding='ascii', errors='xmlcharrefreplace')
t.write('\u20ac')
t.flush()
print(t.buffer.getvalue(), t.encoding, t.errors)

t = wrap(b'data', encoding='utf-8')
b = t.detach()
print(type(b).__name__, b.read())
show('after detach', t.read)
show('after detach name', lambda: t.name)
print(repr(t), t.encoding)

with _io.open(PATH, 'w', encoding='utf-8') as f:
    f.write('first\nsecond\nthird\n')
    print(repr(f), f.name, f.mode, f.tell())
with _io.open(PATH, encoding='utf-8') as f:
    print(f.readline(), f.tell(), f.readline(), f.tell())
    f.seek(6)
    print(ascii(f.read()))
with _io.open(PATH, 'r+', encoding='utf-8') as f:
    print(f.read(5), f.write('XX'), f.tell())
    f.seek(0)
    print(ascii(f.read()))
with _io.open(PATH, 'a', encoding='utf-16') as f:
    f.write('appended')
with _io.open(PATH, 'rb') as f:
    print(f.read()[-20:])
print(f.closed, repr(f))
t = wrap(encoding='utf-8')
t.close()
show('closed write', t.write, 'x')
show('closed read', t.read)
show('closed tell', t.tell)
show('closed flush', t.flush)
show('closed close', t.close)
class T(_io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())
u = T(_io.BytesIO(), encoding='ascii')
u.write('shout')
u.flush()
print(u.buffer.getvalue(), repr(u).startswith('<_io.TextIOWrapper'), [l for l in T(_io.BytesIO(b'p\nq'), encoding='ascii')])
import posix
posix.unlink(PATH)
