# _io.FileIO, the raw file layer, used directly (no Lib): modes, closefd,
# opener, positioning, readinto/readall, truncate, errors and reprs, as
# CPython 3.10's test_fileio exercises them.
import _io
import posix

PATH = '/tmp/pyvar-io_fileio.bin'


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


with _io.FileIO(PATH, 'w') as f:
    print(f.mode, f.closefd, f.readable(), f.writable(), f.seekable(), f.isatty(), f.name == PATH)
    print(f.write(b'hello world\n'), f.write(bytearray(b'second line\n')), f.write(memoryview(b'xyz')))
    print(f.tell(), f.seek(0), f.tell(), f.seek(0, 2), f.seek(-3, 1), f.seek(5, 0))
    show('read on w', f.read)
    show('readinto on w', f.readinto, bytearray(2))
    show('write str', f.write, 'str')
    show('seek float', f.seek, 1.5)
    show('seek whence', f.seek, 0, 7)
    show('seek str', f.seek, 'x')
    print(f.truncate(), f.tell(), f.truncate(100), f.tell())
print(f.closed, repr(f))
for meth in ['read', 'write', 'tell', 'fileno', 'readable', 'writable', 'seekable', 'isatty', 'truncate', 'readall']:
    args = (b'x',) if meth == 'write' else ()
    show('closed ' + meth, getattr(f, meth), *args)
show('closed enter', f.__enter__)
show('closed close again', f.close)

f = _io.FileIO(PATH)
print(f.mode, f.read(5), f.read(0), f.tell())
b = bytearray(6)
print(f.readinto(b), b, f.tell())
print(len(f.readall()), f.read(), f.read(3), f.readall())
show('write on r', f.write, b'x')
show('truncate on r', f.truncate)
show('read str', f.read, 'a')
show('read float', f.read, 1.0)
print(f.read(None) == b'', f.seek(0), f.read(-1)[:11])
show('readinto bytes', f.readinto, b'xx')
show('readinto str', f.readinto, 'xx')
f.close()

for mode in ['r', 'rb', 'w', 'wb', 'a', 'ab', 'r+', 'rb+', 'w+', 'a+', 'x', 'xb', 'rw', 'q', '', 'r++', 'rr', 'wa', 'b', 'br+']:
    try:
        g = _io.FileIO(PATH, mode)
    except (ValueError, OSError) as e:
        print(repr(mode), type(e).__name__, e)
    else:
        print(repr(mode), g.mode, g.readable(), g.writable(), g.tell())
        g.close()

show('negative fd', _io.FileIO, -1)
show('float fd', _io.FileIO, 1.5)
show('None file', _io.FileIO, None)
show('nul byte', _io.FileIO, 'a\0b')
show('closefd False name', _io.FileIO, PATH, 'r', False)
show('missing', _io.FileIO, '/tmp/pyvar-no-such-dir/x')
show('directory', _io.FileIO, '/tmp')
show('bytes name', lambda: _io.FileIO(PATH.encode()).name)
show('opener', lambda: _io.FileIO(PATH, 'r', opener=lambda p, fl: posix.open(p, fl)).read(5))
show('opener str', _io.FileIO, PATH, 'r', True, lambda p, fl: 'x')
show('opener neg', _io.FileIO, PATH, 'r', True, lambda p, fl: -3)
show('kwargs', lambda: _io.FileIO(file=PATH, mode='rb', closefd=True).mode)

fd = posix.open(PATH, posix.O_RDONLY)
g = _io.FileIO(fd, closefd=False)
print(repr(g).replace(str(fd), 'FD'), g.name == fd, g.closefd, g.read(5))
g.close()
print(posix.read(fd, 6))
h = _io.FileIO(fd)
print(h.read(3), h.closefd)
h.close()
show('fd closed', posix.fstat, fd)

class F(_io.FileIO):
    def read(self, n=-1):
        return b'<' + super().read(n) + b'>'

with F(PATH, 'rb') as sub:
    print(type(sub).__name__, sub.read(4), sub.readall()[:3], repr(sub).startswith("<_io.FileIO name="))
    sub.extra = 1
    print(sorted(sub.__dict__))

with _io.FileIO(PATH, 'wb') as f:
    f.write(b'x' * 20000)
with _io.FileIO(PATH, 'rb') as f:
    print(len(f.read()), f.read(), len(f.readall()))
with _io.FileIO(PATH, 'ab') as f:
    print(f.tell(), f.write(b'end'), f.tell())
with _io.FileIO(PATH, 'rb+') as f:
    print(f.seek(-3, 2), f.read(), f.seek(2), f.write(b'YY'), f.seek(0), f.read(5))
print(_io.FileIO(PATH).__class__.__mro__)
posix.unlink(PATH)
