# zlib's buffer sizes and max_length are Py_ssize_t ("n" converter), not C
# int: gzip and _compression read with sys.maxsize. One past it overflows.
import zlib, sys, gzip, io

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

data = b'some text to squeeze, some text to squeeze\n' * 50
c = zlib.compress(data)
d = zlib.decompressobj()
print(d.decompress(c, sys.maxsize) == data, d.eof)
d = zlib.decompressobj()
print(len(d.decompress(c, 2**31)), len(d.decompress(d.unconsumed_tail, 2**40)))
err(lambda: zlib.decompressobj().decompress(c, sys.maxsize + 1))
err(lambda: zlib.decompressobj().decompress(c, -1))
err(lambda: zlib.decompressobj().decompress(c, 1.0))
err(lambda: zlib.decompressobj().decompress(c, '3'))
err(lambda: len(zlib.decompress(c, 15, 2**31)))
err(lambda: zlib.decompress(c, 15, sys.maxsize + 1))
err(lambda: zlib.decompress(c, 15, -1))
err(lambda: zlib.decompress(c, 2**31))
err(lambda: zlib.decompressobj().flush(sys.maxsize + 1))
err(lambda: zlib.decompressobj().flush(0))
err(lambda: zlib.decompressobj().flush(2**31))

# gzip reads everything through read(sys.maxsize)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb') as f:
    f.write(data)
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read() == data)
print(gzip.decompress(gzip.compress(data)) == data)
buf.seek(0)
with gzip.open(buf, 'rt') as f:
    print(len(f.readlines()), f.closed)
