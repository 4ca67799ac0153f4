# BytesIO and StringIO (no Lib), as CPython 3.10's test_memoryio checks
# them: reads, writes past the end, seek/tell/truncate rules, newline
# handling, getbuffer, pickling state, subclasses and closed streams.
import _io


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))


b = _io.BytesIO(b'hello\nworld\n')
show('read 3', b.read, 3)
show('read1', b.read1, 2)
show('readline', b.readline)
show('readline 2', b.readline, 2)
show('readlines', b.readlines)
show('tell', b.tell)
show('seek 0', b.seek, 0)
show('readlines hint', b.readlines, 3)
show('iter', list, _io.BytesIO(b'a\nb\n\nc'))
show('seek -1', b.seek, -1)
show('seek whence 3', b.seek, 0, 3)
show('seek float', b.seek, 1.5)
show('seek -100 cur', b.seek, -100, 1)
show('seek past', b.seek, 20)
show('write past', b.write, b'Z')
show('getvalue', b.getvalue)
show('truncate 3', b.truncate, 3)
show('tell', b.tell)
show('getvalue', b.getvalue)
show('truncate -1', b.truncate, -1)
show('write str', b.write, 'x')
show('writelines', b.writelines, [b'1', bytearray(b'2'), memoryview(b'3')])
show('getvalue', b.getvalue)
show('readinto', lambda: (lambda ba: (b.seek(0), b.readinto(ba), ba))(bytearray(4)))
show('readinto bytes', b.readinto, b'xx')
show('read str', b.read, 'x')
show('readlines str', b.readlines, 'x')
show('state', b.__getstate__)
b.attr = 'kept'
state = b.__getstate__()
c = _io.BytesIO()
c.__setstate__(state)
show('setstate', lambda: (c.getvalue(), c.tell(), c.attr))
show('setstate bad', c.__setstate__, (b'x', -1, None))
show('setstate short', c.__setstate__, (b'x',))
show('caps', lambda: (b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed))
show('init str', _io.BytesIO, 'abc')
show('init int', _io.BytesIO, 1)
show('init kw', lambda: _io.BytesIO(initial_bytes=b'kw').read())
v = _io.BytesIO(b'abcdef')
m = v.getbuffer()
show('getbuffer', lambda: (type(m).__name__, bytes(m), m.readonly))
m[0] = ord('Z')
show('write through view', v.getvalue)
del m
b.close()
for name in ['read', 'write', 'getvalue', 'tell', 'seek', 'readable', 'flush', 'isatty', 'truncate', '__getstate__', 'readline', 'readlines']:
    args = (b'x',) if name == 'write' else (0,) if name == 'seek' else ()
    show('closed ' + name, getattr(b, name), *args)
show('closed attr', lambda: b.closed)
show('closed close', b.close)

s = _io.StringIO('a\r\nb\rc\n')
show('default nl', lambda: (s.getvalue(), s.readlines(), s.newlines))
for nl in [None, '', '\n', '\r', '\r\n']:
    s = _io.StringIO('a\r\nb\rc\nd', newline=nl)
    show(repr(nl), lambda: (s.getvalue(), s.readlines(), s.newlines))
    s = _io.StringIO(newline=nl)
    s.write('x\ny\r\nz\r')
    show(repr(nl) + ' write', lambda: (s.getvalue(), s.tell(), s.newlines))
show('bad newline', _io.StringIO, 'x', 'q')
show('newline type', _io.StringIO, 'x', 1)
show('init bytes', _io.StringIO, b'x')
show('init None', lambda: _io.StringIO(None).getvalue())
s = _io.StringIO('h\xe9llo \U0001f600 w\u20acrld')
show('read 3', s.read, 3)
show('tell', s.tell)
show('read rest', s.read)
show('seek -1', s.seek, -1)
show('seek cur 1', s.seek, 1, 1)
show('seek cur 0', s.seek, 0, 1)
show('seek end', s.seek, 0, 2)
show('seek 5 whence', s.seek, 0, 5)
show('seek far', s.seek, 20)
show('write X', s.write, 'X')
show('getvalue', s.getvalue)
show('write bytes', s.write, b'x')
show('truncate -1', s.truncate, -1)
show('truncate 5', s.truncate, 5)
show('getvalue', s.getvalue)
show('tell', s.tell)
show('readline limit', lambda: (s.seek(0), s.readline(2)))
show('state', s.__getstate__)
s.extra = 1
s2 = _io.StringIO()
s2.__setstate__(s.__getstate__())
show('setstate', lambda: (s2.getvalue(), s2.tell(), s2.extra))
show('setstate bad', s2.__setstate__, ('x', 'q', 0, None))
show('line_buffering', lambda: s.line_buffering)
show('detach', s.detach)
show('read float', s.read, 1.5)
show('iter', list, _io.StringIO('p\nq\n\nr'))
show('writelines', lambda: (lambda t: (t.writelines(['a', 'b']), t.getvalue()))(_io.StringIO()))
show('write returns', lambda: _io.StringIO(newline='\r\n').write('a\nb'))
s.close()
for name in ['read', 'write', 'getvalue', 'tell', 'seek', 'readable', 'truncate', 'readline', '__getstate__']:
    args = ('x',) if name == 'write' else (0,) if name == 'seek' else ()
    show('closed ' + name, getattr(s, name), *args)
show('closed attrs', lambda: s.closed)
show('closed newlines', lambda: s.newlines)
show('closed line_buffering', lambda: s.line_buffering)


class MyIO(_io.StringIO):
    def write(self, s):
        return super().write(s.upper())


class MyB(_io.BytesIO):
    pass


w = MyIO()
print('hello', 'world', file=w)
print(ascii(w.getvalue()), type(w).__mro__)
mb = MyB(b'x\ny')
print(list(mb), mb.closed, isinstance(mb, _io.BytesIO), isinstance(mb, _io._BufferedIOBase))
print(_io.StringIO.__mro__, _io.BytesIO.__mro__)
d = _io.IncrementalNewlineDecoder(None, True)
show('nld a\\r', d.decode, 'a\r')
show('nld state', d.getstate)
show('nld final', d.decode, '\nb\r', True)
show('nld newlines', lambda: d.newlines)
show('nld bytes', d.decode, b'x')
show('nld reset', lambda: (d.reset(), d.newlines, d.getstate()))
d = _io.IncrementalNewlineDecoder(None, False)
show('nld keep', lambda: (d.decode('x\r'), d.decode('\ny\r\r'), d.decode('', final=True), d.newlines))
show('nld uninit', lambda: _io.IncrementalNewlineDecoder.__new__(_io.IncrementalNewlineDecoder).decode('x'))
