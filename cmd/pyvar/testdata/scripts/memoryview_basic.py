# memoryview over bytes and bytearray: items, slices, casts, writes,
# comparisons, hashing, release, and the errors of CPython 3.10.
def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

b = b'abcdefgh'
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), bytes(m[2:5]))
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.obj is b, m.suboffsets)
print(m.c_contiguous, m.f_contiguous, m.contiguous, m[::2].contiguous, m[::2].strides, m[::-1].strides)
print(m == b, m == b'abcdefgh', m == bytearray(b), m != b'x', m == 'abcdefgh', m[::2] == b'aceg', m[::-1] == b[::-1])
print(hash(m) == hash(b), m.hex(), m.hex(':'), m.hex('-', 3), m.hex(b' ', -3), m[:0].hex(), list(m[:3]))
print(m.tobytes(), m.tolist()[:3], b''.join([m[:2], b'-', m[6:]]), bytearray(m[1:4]), b'xy' + m[:2], m[:2] in [b'ab'])

ba = bytearray(b'0123456789')
w = memoryview(ba)
w[0] = 65
w[1:3] = b'BC'
w[-1:] = bytearray(b'Z')
w[::3] = b'....'
print(ba, w.readonly, w.obj is ba)
err(lambda: ba.append(1))
err(lambda: ba.extend(b'xy'))
err(lambda: ba.pop())
err(lambda: ba.clear())
def resize():
    ba[0:2] = b'xyz'
err(resize)
def same():
    ba[0:2] = b'xy'
    return ba
err(same)
w.release()
ba.append(33)
print(ba)
err(lambda: w[0])
err(lambda: len(w))
err(lambda: w.tobytes())
print(repr(w).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))

with memoryview(bytearray(b'xyz')) as c:
    print(c[1], c.tobytes())
err(lambda: c[0])

# casts and multi-byte formats
raw = bytearray(range(16))
mv = memoryview(raw)
i32 = mv.cast('I')
print(i32.format, i32.itemsize, len(i32), i32.tolist(), i32.shape, i32.strides, i32.nbytes)
h = mv.cast('h')
print(h.tolist(), h[1], h[-1])
h[0] = -2
print(raw[:2], h.tolist()[:2], mv.cast('b').tolist()[:4])
grid = mv.cast('B', (4, 4))
print(grid.ndim, grid.shape, grid.strides, grid.tolist(), grid[1, 2], grid[-1, -1])
grid[0, 0] = 99
print(raw[0], grid.cast('B').tolist()[:3])
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 7
print(d.tolist(), memoryview(bytearray(8)).cast('f').tolist(), memoryview(bytearray(b'\x01\x00')).cast('?').tolist())
q = memoryview(bytearray(16)).cast('Q')
q[0] = 2**64 - 1
print(q.tolist(), memoryview(bytearray(16)).cast('q').tolist(), memoryview(b'ab').cast('c').tolist())
err(lambda: memoryview(bytearray(6)).cast('e'))
err(lambda: mv.cast('x'))
err(lambda: mv.cast('I').cast('h'))
err(lambda: memoryview(b'abc').cast('I'))
err(lambda: mv.cast('B', (3, 5)))
err(lambda: mv[::2].cast('B'))
err(lambda: grid[1])
err(lambda: grid[1, 2, 3])
err(lambda: grid[0:1, 0])
err(lambda: grid[4, 0])
err(lambda: i32[4])
err(lambda: i32['a'])
err(lambda: i32.__setitem__(0, 'x'))
err(lambda: i32.__setitem__(0, -1))
err(lambda: i32.__setitem__(0, 2**40))
err(lambda: h.__setitem__(0, 1.5))
err(lambda: mv.cast('b').__setitem__(0, 200))
err(lambda: memoryview(b'ab').__setitem__(0, 1))
err(lambda: memoryview(b'ab').__delitem__(0))
err(lambda: m.__setitem__(slice(0, 2), b'xyz'))
err(lambda: hash(memoryview(bytearray(b'ab'))))
err(lambda: hash(memoryview(b'abcd').cast('h')))
err(lambda: memoryview('abc'))
err(lambda: memoryview(12))
err(lambda: memoryview())
err(lambda: memoryview(b'a', b'b'))
err(lambda: m.hex('ab'))
err(lambda: m.hex(3))
print(memoryview(b'abcd').cast('h') == memoryview(b'abcd').cast('h'), memoryview(b'\x01\x00').cast('h') == [1], memoryview(b'\x01\x00').cast('h') == memoryview(b'\x01\x00\x00\x00').cast('i')[:1])
r = memoryview(bytearray(b'ab')).toreadonly()
print(r.readonly, r.tobytes())
err(lambda: hash(r))
print(hash(memoryview(b'ab').toreadonly()) == hash(b'ab'))
err(lambda: r.__setitem__(0, 1))
z = memoryview(b'xyz').cast('B', ())  if False else None
print(bytes(memoryview(b'')), memoryview(b'')[:].tolist(), memoryview(b'abc')[5:].tobytes())
parent = memoryview(bytearray(b'abcd'))
child = parent[1:]
err(parent.release)
child.release()
parent.release()
outer = memoryview(bytearray(b'xy'))
inner = memoryview(outer)
print(inner.obj is outer.obj, inner.tobytes())
outer.release()
print(inner[0])
inner.release()
print('released', bytes(bytearray(b'q')), str(memoryview(b'h\xc3\xa9'), 'utf-8'), b'abc'.startswith(memoryview(b'ab')))
print(type(memoryview).__name__, memoryview.__name__, isinstance(m, memoryview))
try:
    class X(memoryview):
        pass
except TypeError as e:
    print(e)
