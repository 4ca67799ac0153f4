# open() (builtins.open is _io.open): the layers each mode builds, its
# argument checks and errors, buffering, closefd/opener, iteration and
# files left for the end of the program.
import _io
import posix

PATH = '/tmp/pyvar-io_open.txt'


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, str(e).replace(PATH, 'PATH'))
    else:
        print(label, '->', r)


print(open is _io.open, _io.open_code, _io.text_encoding(None), _io.text_encoding('latin-1'), _io.text_encoding(None, 3))
with open(PATH, 'w') as f:
    f.write('alpha\nbeta\ngamma\n')
for mode, kw in [('r', {}), ('rb', {}), ('rt', {}), ('w', {}), ('wb', {}), ('a', {}), ('ab', {}), ('r+', {}), ('rb+', {}),
                 ('w+b', {}), ('a+', {}), ('rb', {'buffering': 0}), ('wb', {'buffering': 0}), ('r', {'buffering': 1}),
                 ('rb', {'buffering': 5}), ('r', {'buffering': 0}), ('r', {'encoding': 'latin-1', 'errors': 'replace', 'newline': ''})]:
    try:
        f = open(PATH, mode, **kw)
    except Exception as e:
        print(mode, kw, type(e).__name__, e)
        continue
    layers = [type(f).__name__]
    x = f
    while hasattr(x, 'buffer') or hasattr(x, 'raw'):
        x = getattr(x, 'buffer', None) or x.raw
        layers.append(type(x).__name__)
    print(mode, kw, layers, f.mode, getattr(f, 'line_buffering', '-'), repr(f).replace(PATH, 'PATH'))
    f.close()
with open(PATH, 'w') as f:
    f.write('alpha\nbeta\ngamma\n')

for mode in ['q', 'rr', 'rw', 'wa', 'rb+t', 'tb', 'xr', 'U', 'Uw', 'rU', '']:
    show('mode ' + repr(mode), lambda: open(PATH, mode).mode)
show('binary encoding', open, PATH, 'rb', encoding='utf-8')
show('binary errors', open, PATH, 'rb', errors='strict')
show('binary newline', open, PATH, 'rb', newline='')
show('bad file', open, 3.5)
show('bad file type', open, [])
show('bad mode type', open, PATH, 1)
show('bad buffering', open, PATH, 'r', 'x')
show('bad encoding type', open, PATH, 'r', -1, 5)
show('unknown encoding', open, PATH, 'r', -1, 'nope')
show('bad newline', open, PATH, 'r', newline='x')
show('unbuffered text', open, PATH, 'r', 0)
show('missing', open, '/tmp/pyvar-no-such-dir/f.txt')
show('exists', open, PATH, 'x')
show('dir', open, '/tmp')
show('bad kw', open, PATH, bogus=1)

with open(PATH) as f:
    print(f.readline(), list(f), f.readline() == '')
with open(PATH, 'rb') as f:
    print(f.read(3), f.readline(), list(f))
with open(PATH, 'r+') as f:
    f.seek(0, 2)
    f.write('delta\n')
    f.seek(0)
    print(f.read().split())
with open(PATH, 'a') as f:
    print(f.tell(), f.write('eps'), f.tell())
fd = posix.open(PATH, posix.O_RDONLY)
with open(fd, closefd=False) as f:
    print(f.read(5), f.name == fd, f.buffer.raw.closefd)
print(posix.read(fd, 3))
with open(fd) as f:
    print(repr(f.read(3)))
show('fd closed', posix.read, fd, 1)
with open(PATH, opener=lambda p, flags: posix.open(p, flags)) as f:
    print(f.read(5))
f = open(PATH)
f.close()
show('closed read', f.read)
show('closed iter', iter, f)
show('closed with', lambda: f.__enter__())
show('write on r', lambda: open(PATH).write('x'))
show('read on w', lambda: open(PATH, 'a').read())
show('write str to binary', lambda: open(PATH, 'ab').write('x'))
show('write bytes to text', lambda: open(PATH, 'a').write(b'x'))
with open(PATH, 'w', encoding='utf-16') as f:
    f.write('\u20ac')
with open(PATH, 'rb') as f:
    print(f.read())
with open(PATH, 'a', encoding='utf-16') as f:
    f.write('x')
with open(PATH, 'rb') as f:
    print(f.read())
with open(PATH, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(PATH, 'rb') as f:
    print(f.read())
with open(PATH, newline=None) as f:
    print(repr(f.read()), f.newlines)
left = open(PATH, 'w')
left.write('written at exit\n')
print(posix.stat(PATH).st_size)
posix.unlink(PATH)
