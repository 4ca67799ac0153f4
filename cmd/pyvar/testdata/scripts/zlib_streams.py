# zlib: round trips in every container, streams fed piecewise with
# max_length, unused_data and unconsumed_tail, dictionaries, copies,
# checksums and errors. Compressed bytes are not printed: pyvar's
# compressor (Go's) picks other matches than zlib's; the streams below
# labelled "from CPython" were made by CPython 3.10's zlib.
import zlib

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ':', e)
    else:
        print('ok', r)

data = b''.join(b'line %d of some text, repeated text text\n' % i for i in range(300))
for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, c[:1], len(c) < len(data) or level == 0)
print(zlib.decompress(zlib.compress(b'')), zlib.compress(b'a')[:2], zlib.compress(b'a', level=9)[:2])
# (Go's compressor always uses a 32K window, so only the largest wbits are
# round-tripped with the same wbits.)
for wbits in [15, -15, 31]:
    co = zlib.compressobj(6, zlib.DEFLATED, wbits)
    c = co.compress(data) + co.flush()
    dec = zlib.decompress(c, wbits)
    auto = zlib.decompress(c, 47) if wbits > 15 else zlib.decompress(c, 32 + wbits) if wbits > 0 else None
    print(wbits, dec == data, auto == data if auto is not None else '-', zlib.decompressobj(wbits).decompress(c) == data)

# From CPython: zlib.compress(b'hello world' * 10), a gzip stream of
# b'abc\n' * 50 and a raw deflate stream.
z = b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\xc9\xa0=\x13\x00r\xd9+\x99'
gz = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03KLJ\xe6J\x1c\x06\x18\x00>B_\xbb\xc8\x00\x00\x00'
raw = b'+J,WHIM\xcbI,IU("\x91\r\x00'
print(zlib.decompress(z), zlib.decompress(gz, 31) == b'abc\n' * 50, zlib.decompress(gz, 47) == b'abc\n' * 50, zlib.decompress(z, 0)[:11])
print(zlib.decompress(raw, -15), zlib.decompressobj(-15).decompress(raw), zlib.decompress(gz + b'junk', 31)[:8])
d = zlib.decompressobj(31)
print(d.decompress(gz + gz)[:8], d.eof, len(d.unused_data))
print(zlib.decompress(z + b'trailing'), zlib.decompress(bytearray(z), bufsize=1)[:5], zlib.decompress(memoryview(z)) == zlib.decompress(z))

# (How much output a partial input yields at once is the inflater's
# business: zlib's and Go's differ, so only what they add up to is shown.)
d = zlib.decompressobj()
part = d.decompress(z[:5])
print(d.eof, d.unused_data, d.unconsumed_tail)
print(part + d.decompress(z[5:] + b'extra'), d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b'more'), d.unused_data, d.flush())
d = zlib.decompressobj()
out = d.decompress(z, 7)
print(out)
while not d.eof:
    out = d.decompress(d.unconsumed_tail, 7)
    print(out, end=' ')
print(d.eof, d.unused_data)
d = zlib.decompressobj()
pieces = [d.decompress(bytes([b])) for b in zlib.compress(data)]
print(b''.join(pieces) == data, d.eof, all(len(p) <= len(data) for p in pieces))
d = zlib.decompressobj()
half = d.decompress(z[:15])
print(half + d.flush(), d.eof)

co = zlib.compressobj(zdict=b'line of some text, repeated')
c = co.compress(data[:500]) + co.flush()
err(lambda: zlib.decompress(c))
print(zlib.decompressobj(zdict=b'line of some text, repeated').decompress(c) == data[:500])
co = zlib.compressobj(wbits=-15, zdict=b'text')
c = co.compress(b'text text text') + co.flush()
print(zlib.decompressobj(-15, zdict=b'text').decompress(c))

co = zlib.compressobj()
a = co.compress(data[:1000])
mid = co.flush(zlib.Z_SYNC_FLUSH)
print(mid[-4:], zlib.decompressobj().decompress(a + mid) == data[:1000])
cp = co.copy()
rest1 = co.compress(data[1000:2000]) + co.flush()
rest2 = cp.compress(data[1000:2000]) + cp.flush()
print(zlib.decompress(a + mid + rest1) == data[:2000], zlib.decompress(a + mid + rest2) == data[:2000])
err(lambda: co.compress(b'x'))
err(lambda: co.flush())
print(co.flush(zlib.Z_NO_FLUSH))
d = zlib.decompressobj()
first = d.decompress(zlib.compress(data)[:300])
dc = d.copy()
tail = zlib.compress(data)[300:]
print(first + d.decompress(tail) == data, first + dc.decompress(tail) == data)

print(zlib.crc32(b''), zlib.crc32(b'abc'), zlib.crc32(b'abc', 12345), zlib.crc32(b'abc', -1), zlib.crc32(data))
print(zlib.adler32(b''), zlib.adler32(b'abc'), zlib.adler32(b'abc', 5), zlib.adler32(data), zlib.adler32(b'x' * 100000), zlib.adler32(b'abc', 2**40))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.ZLIB_VERSION[:2])
print(sorted(k for k in dir(zlib) if not k.startswith('_')))

err(lambda: zlib.decompress(z[:-3]))
err(lambda: zlib.decompress(z[:10]))
err(lambda: zlib.decompress(b'abcdefgh'))
err(lambda: zlib.decompress(z[:-4] + b'abcd'))
err(lambda: zlib.decompress(z, 8))
err(lambda: zlib.decompress(z, 100))
err(lambda: zlib.compress(b'a', 10))
err(lambda: zlib.compress(b'a', wbits=9))
err(lambda: zlib.compress('abc'))
err(lambda: zlib.compressobj(wbits=7))
err(lambda: zlib.compressobj(memLevel=10))
err(lambda: zlib.compressobj(method=9))
err(lambda: zlib.compressobj(strategy=7))
err(lambda: zlib.decompressobj(wbits=100))
err(lambda: zlib.decompressobj().decompress(b'x', -1))
err(lambda: zlib.decompressobj().flush(0))
err(lambda: zlib.decompressobj(zdict=3))
print(issubclass(zlib.error, Exception), zlib.error.__module__)
