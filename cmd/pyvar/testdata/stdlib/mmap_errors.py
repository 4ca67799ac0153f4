# mmap's exceptions, with CPython 3.10's types and messages: the
# constructor's argument checks, bad descriptors and sizes, closed maps,
# read-only maps, out-of-range positions, indices and values, exported
# buffers, and argument counts.
import mmap, os, tempfile

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', repr(r)[:80])
    except Exception as e:
        print(type(e).__name__, e)

print('constructor')
t(mmap.mmap); t(mmap.mmap, -1); t(mmap.mmap, -1, -1); t(mmap.mmap, -1, 0)
t(mmap.mmap, -1, 10, offset=-1); t(mmap.mmap, -1, 10, access=4); t(mmap.mmap, -1, 10, access=-1)
t(mmap.mmap, -1, 10, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ)
t(mmap.mmap, -1, 10, access=mmap.ACCESS_WRITE, prot=mmap.PROT_READ)
t(mmap.mmap, -1, 10, access=mmap.ACCESS_READ, flags=mmap.MAP_SHARED, prot=3)
t(mmap.mmap, -2, 10); t(mmap.mmap, 'a', 10); t(mmap.mmap, -1, 'a'); t(mmap.mmap, -1, 2**70)
t(mmap.mmap, -1, 10, 1, 2, 3, 4, 5); t(mmap.mmap, -1, 10, foo=1); t(mmap.mmap, 1.0, 10)
t(mmap.mmap, -1, 10, offset=None); t(mmap.mmap, -1, 10, offset=2**70); t(mmap.mmap, -1, 10, flags=2**40)
t(mmap.mmap, 2**40, 10); t(mmap.mmap, -1, 10, fileno=3); t(mmap.mmap, fileno=-1, length=10)
t(mmap.mmap, -1, 10, flags=0); t(mmap.mmap, -1, 10, 0, 0, 0, 1); t(mmap.mmap, -1, 10, prot=0)
t(mmap.mmap, -1, length=10, offset=4096)

print('files')
fd, path = tempfile.mkstemp()
os.write(fd, b'x' * 100)
t(mmap.mmap, fd, 101); t(mmap.mmap, fd, 0, offset=4096); t(mmap.mmap, fd, 0, offset=100)
t(mmap.mmap, fd, 10, offset=8192); t(mmap.mmap, fd, 10, offset=1)
ro = os.open(path, os.O_RDONLY)
t(mmap.mmap, ro, 10); t(mmap.mmap, ro, 10, access=mmap.ACCESS_WRITE)
m = mmap.mmap(ro, 10, access=mmap.ACCESS_COPY); t(m.resize, 20); m.close()
m = mmap.mmap(fd, 10)
os.close(fd)
print(m.size(), len(m))
m.resize(20)
print(m.size(), os.path.getsize(path))
m.close()
with open(path, 'wb'):
    pass
t(mmap.mmap, ro, 0); t(mmap.mmap, ro, 10)
os.close(ro)
os.unlink(path)

print('anonymous')
m = mmap.mmap(-1, 16)
t(m.size)
t(m.read, 'foo'); t(m.read, 5.5); t(m.read, 2**70); t(m.read, 1, 2)
t(m.seek, -1); t(m.seek, 1, 2); t(m.seek, 0, 3); t(m.seek, 0, -1); t(m.seek, 2**70); t(m.seek, 'a')
t(m.seek, 0, 2**40); t(m.seek, 2**63 - 1, 1); t(m.seek, 17); t(m.seek, -17, 2); t(m.seek, 16); t(m.seek, 1, 1)
t(m.write, b'x'); t(m.read_byte); t(m.write_byte, 1)
m.seek(0)
t(m.write, 'str'); t(m.write, b'x' * 20); t(m.write); t(m.write, b'a', b'b')
t(m.write_byte, 256); t(m.write_byte, -1); t(m.write_byte, b'a'); t(m.write_byte, 1.0); t(m.write_byte, 2**70)
t(m.__getitem__, 16); t(m.__getitem__, -17); t(m.__getitem__, 'a'); t(m.__getitem__, 2**70); t(m.__getitem__, 1.5)
t(m.__getitem__, slice(0, 2, 0))
t(m.__setitem__, 16, 1); t(m.__setitem__, 0, 256); t(m.__setitem__, 0, b'a'); t(m.__setitem__, 0, -1)
t(m.__setitem__, 'a', 1); t(m.__setitem__, 0, 2**70); t(m.__setitem__, 0, 1.0); t(m.__setitem__, 2**70, 1)
t(m.__setitem__, slice(0, 2), b'abc'); t(m.__setitem__, slice(0, 2), 'ab'); t(m.__setitem__, slice(0, 2), [1, 2])
t(m.__setitem__, slice(0, 2, 0), b'')
t(m.__delitem__, 0); t(m.__delitem__, slice(0, 1)); t(m.__delitem__, 'a'); t(m.__delitem__, 99)
t(m.find, 'a'); t(m.find, b'a', 'x'); t(m.find); t(m.find, b'a', 1, 2, 3); t(m.rfind, b'a', None); t(m.find, b'a', 2**70)
t(m.flush, 1, 2); t(m.flush, 0, 17); t(m.flush, -1); t(m.flush, 0, -1); t(m.flush, 4096, 0); t(m.flush, 0, 0, 0)
t(m.madvise, mmap.MADV_NORMAL, 16); t(m.madvise, mmap.MADV_NORMAL, -1); t(m.madvise, mmap.MADV_NORMAL, 0, -1)
t(m.madvise, mmap.MADV_NORMAL, 1); t(m.madvise, 12345); t(m.madvise); t(m.madvise, 0, 0, 1, 2)
import sys
t(m.madvise, mmap.MADV_NORMAL, 1, sys.maxsize)
t(m.move, 0, 0, 17); t(m.move, 'a', 0, 0); t(m.move, 0, 0); t(m.move, -1, 0, 0); t(m.move, 0, 15, 2)
t(m.resize, -1); t(m.resize, 0); t(m.resize); t(m.resize, 'a')
t(m.tell, 1); t(m.size, 1); t(m.read_byte, 1); t(m.readline, 1); t(m.close, 1); t(m.__enter__, 1)
t(lambda: m + m); t(lambda: m * 2); t(lambda: m < m); t(lambda: m.foo)
import pickle, copy
t(pickle.dumps, m); t(copy.copy, m)

print('read-only')
r = mmap.mmap(-1, 10, prot=mmap.PROT_READ)
t(r.write, b'a'); t(r.write, 'x'); t(r.write_byte, 1); t(r.write_byte, 'x'); t(r.__setitem__, 0, 1)
t(r.__setitem__, 20, 1); t(r.__setitem__, 'a', 1); t(r.__delitem__, 0); t(r.__setitem__, slice(0, 1), b'a')
t(r.move, 0, 0, 100); t(r.resize, 20); t(r.resize, -1); t(r.flush); t(r.flush, 0, 100)
with memoryview(r) as v:
    t(v.__setitem__, 0, 1)
import struct
t(struct.pack_into, 'B', r, 0, 1)

print('exports')
m = mmap.mmap(-1, 16)
with memoryview(m) as v:
    t(m.close); t(m.resize, 32); t(m.__exit__, None, None, None)
    print(len(v), m.closed)
t(m.resize, 32); t(m.close)

print('closed')
for meth in ['read_byte', 'readline', 'size', 'tell', 'flush', '__len__', '__enter__']:
    t(getattr(m, meth))
t(m.read, 1); t(m.read, 'x'); t(m.seek, 0); t(m.find, b'a'); t(m.write, b'a'); t(m.write_byte, 1)
t(m.resize, 1); t(m.move, 0, 0, 0); t(m.madvise, 0); t(m.find)
t(m.__getitem__, 0); t(m.__setitem__, 0, 1); t(m.__getitem__, slice(0, 1)); t(m.__delitem__, 0)
t(len, m); t(memoryview, m); t(bytes, m); t(m.close); t(m.__exit__); t(m.__exit__, 1, 2, 3)
print(m.closed, repr(m))
