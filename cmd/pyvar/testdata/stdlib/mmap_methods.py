# mmap over a temporary file and anonymous memory: the module's constants,
# find/rfind, read/readline/read_byte, write/write_byte, seek/tell, move,
# flush, madvise, resize (which truncates the file), slices with steps,
# the buffer protocol (memoryview, bytes, re, struct.pack_into) and the
# access modes.
import mmap, os, re, struct, tempfile, weakref, gc

print(sorted(n for n in dir(mmap) if not n.startswith('__')))
print([(n, getattr(mmap, n)) for n in sorted(dir(mmap)) if n.isupper()])
print(mmap.error is OSError, mmap.mmap.__name__, mmap.mmap.__qualname__, mmap.mmap.__doc__.splitlines()[0])
print(sorted(n for n in dir(mmap.mmap) if not n.startswith('__')))

fd, path = tempfile.mkstemp()
os.write(fd, b'\0' * mmap.PAGESIZE + b'foo' + b'\0' * (mmap.PAGESIZE - 3))
m = mmap.mmap(fd, 0)
print(len(m), m.size(), m.find(b'foo'), m[0], m[0:3], repr(m))
m[0] = ord('3')
m[mmap.PAGESIZE + 3:mmap.PAGESIZE + 6] = b'bar'
print(m[mmap.PAGESIZE - 1:mmap.PAGESIZE + 7], m.flush(), m.flush(0, mmap.PAGESIZE))
print(re.search(b'[a-z]+', m).span())
with open(path, 'rb') as f:
    print(f.read(1), f.read()[mmap.PAGESIZE - 1:mmap.PAGESIZE + 6])
m.seek(0, 2); print(m.tell())
m.resize(512)
print(len(m), m.size(), os.path.getsize(path), repr(m))
m.close()
print(m.closed, repr(m))

# A window at an offset, and the access modes.
os.ftruncate(fd, 0)
os.lseek(fd, 0, 0)
os.write(fd, b'a' * mmap.ALLOCATIONGRANULARITY + b'window' + b'b' * 10)
with mmap.mmap(fd, 0, offset=mmap.ALLOCATIONGRANULARITY) as w:
    print(w[:], repr(w))
    w.resize(3)
    print(w[:], os.path.getsize(path))
print(w.closed)
with mmap.mmap(fd, 3, access=mmap.ACCESS_READ) as r:
    with memoryview(r) as v:
        print(repr(r), r[:], v.readonly, v.tobytes())
with mmap.mmap(fd, 3, access=mmap.ACCESS_COPY) as c:
    c[:] = b'xyz'
    print(repr(c), c[:], c.flush())
with mmap.mmap(fd, 3, access=mmap.ACCESS_WRITE) as wr:
    wr[:] = b'XYZ'
    print(repr(wr))
with mmap.mmap(fd, 3, prot=mmap.PROT_READ) as pr:
    print(repr(pr))
with open(path, 'rb') as f:
    print(f.read(4))
os.close(fd)
os.unlink(path)

# Anonymous memory: reading, writing and searching.
m = mmap.mmap(-1, 16)
print(m[:], m.write(b'abcabcabcabcabc\n'), m.tell(), m.read(), m.read(3))
print(m.find(b'c'), m.find(b'c', 3), m.find(b'c', -4), m.rfind(b'c'), m.rfind(b'c', 0, 5),
      m.find(b'ca', 2, 4), m.find(b'', 20), m.rfind(b''), m.find(b'', 5, 2), m.find(bytearray(b'bc')))
m.seek(4)
print(m.find(b'a'), m.rfind(b'a'), m.find(memoryview(b'abc')))
m[3:4] = b'\n'
m.seek(0)
print(m.readline(), m.read_byte(), m.read(2), m.tell())
m.seek(-3, 2); print(m.tell(), m.readline(), m.readline())
m.seek(2); m.seek(3, 1); print(m.tell())
m.seek(0)
for b in (0, 129, 200, 255):
    m.write_byte(b)
print(m[:4], m.tell())
print(m.read(None), m.read(-5))
m[:] = b'0123456789abcdef'
print(m[::2], m[::-1], m[-3:], m[10:2], m[3:100], m[-100:2], m[1:9:3], m[-1], m[-16])
m[::2] = b'X' * 8; print(m[:])
m[::-3] = b'YYYYYY'; print(m[:])
m[True] = 65; m[-1] = 0x7a; print(m[:])
m[0:2] = bytearray(b'qq'); m[2:4] = memoryview(b'rr'); print(m[:4])
m.move(8, 0, 4); print(m[:])
m.move(0, 1, 15); print(m[:])
print(m.madvise(mmap.MADV_NORMAL), m.madvise(mmap.MADV_RANDOM, 0, 2), m.madvise(mmap.MADV_NORMAL, 0, 10**6))
print(bytes(m)[:4], bytearray(m)[:4], list(m[:3]))
struct.pack_into('<I', m, 4, 0xdeadbeef)
print(m[4:8], struct.unpack_from('<I', m, 4))
mv = memoryview(m)
print(mv.format, mv.itemsize, mv.shape, mv.readonly, mv.tobytes()[0:2])
mv[0] = 0x5a
mv.release()
print(m[0], re.findall(rb'[A-Z]', m))
m.resize(4096)
print(len(m), m[:4], m.tell())
m.seek(4000)
m.resize(100)
print(m.read(), m.tell(), repr(m))
m.close()

class Sub(mmap.mmap):
    def __new__(cls, *args, **kwargs):
        return mmap.mmap.__new__(cls, -1, *args, **kwargs)
s = Sub(10)
print(type(s).__name__, repr(s), isinstance(s, mmap.mmap), s.write(b'sub'), s[:3])
s.close(); print(repr(s))

with mmap.mmap(-1, 10) as cm:
    print(cm.closed, cm.__enter__() is cm)
print(cm.closed, cm.__exit__(None, None, None))
wm = mmap.mmap(-1, 16)
ref = weakref.ref(wm)
print(ref() is wm)
del wm
gc.collect()
print(ref())
