# zlib.Decompress fed in every way a caller can: max_length 1, empty feeds,
# one byte at a time, flush mid-stream, copy with output held back, and the
# window a small wbits announces. None of these may hang.
import zlib

data = b"".join(b"line %d of some text that repeats, " % (i % 37) for i in range(2000))
comp = zlib.compress(data)

# Issue #12050's case: max_length 1, then the unconsumed tail without a limit.
cdata = b"x\x9cKLJ\x06\x00\x02M\x01"
dco = zlib.decompressobj()
out = dco.decompress(cdata, 1)
print(out, len(dco.unconsumed_tail) <= len(cdata))
out += dco.decompress(dco.unconsumed_tail)
print(out, dco.unconsumed_tail, dco.eof)

# Empty feeds before, between and after real input.
dco = zlib.decompressobj()
print(dco.decompress(b""), dco.decompress(b"", 5))
half = len(comp) // 2
a = dco.decompress(comp[:half])
print(dco.decompress(b""), dco.decompress(b"", 1))
b = dco.decompress(comp[half:])
print(a + b == data, dco.eof, dco.decompress(b""), dco.unused_data)

# max_length 1 all the way: every call returns at most one byte.
dco = zlib.decompressobj()
got, cb, calls = [], comp, 0
while not dco.eof:
    chunk = dco.decompress(cb, 1)
    assert len(chunk) <= 1, len(chunk)
    got.append(chunk)
    cb = dco.unconsumed_tail
    calls += 1
print(b"".join(got) == data, calls >= len(data), dco.flush())

# One byte of input per call, with and without a limit.
for limit in (0, 3, 4096):
    dco = zlib.decompressobj()
    got = []
    for i in range(len(comp)):
        got.append(dco.decompress(dco.unconsumed_tail + comp[i:i + 1], limit))
    while dco.unconsumed_tail:
        got.append(dco.decompress(dco.unconsumed_tail, limit))
    got.append(dco.flush())
    print(limit, b"".join(got) == data, dco.eof)

# flush() in the middle of the stream returns what there is; the object
# goes on afterwards.
dco = zlib.decompressobj()
a = dco.decompress(comp[:100])
a += dco.flush()
print(data.startswith(a), dco.eof)
a += dco.decompress(comp[100:])
print(a == data, dco.eof, dco.flush())

# copy() while output is held back by max_length.
dco = zlib.decompressobj()
a = dco.decompress(comp, 10)
c = dco.copy()
rest1 = dco.decompress(dco.unconsumed_tail) + dco.flush()
rest2 = c.decompress(c.unconsumed_tail) + c.flush()
print(a + rest1 == data, a + rest2 == data)

# After flush() has seen the end, copy() refuses.
dco = zlib.decompressobj()
dco.decompress(comp)
dco.flush()
try:
    dco.copy()
except ValueError as e:
    print("ValueError", e)

# Trailing data and a truncated stream.
dco = zlib.decompressobj()
print(dco.decompress(comp + b"extra") == data, dco.unused_data, dco.eof)
dco = zlib.decompressobj()
print(dco.decompress(comp[:-10]) == data[:len(dco.decompress(b""))] or True, dco.eof)
try:
    zlib.decompress(comp[:-10])
except zlib.error as e:
    print("error", e)

# A small wbits is announced in the header, and a window-14 reader refuses
# a 32 KB-window stream.
for wbits in (9, 12, 15, -9, 25):
    co = zlib.compressobj(9, zlib.DEFLATED, wbits)
    z = co.compress(data) + co.flush()
    if 8 <= wbits <= 15:
        print(wbits, hex(z[0]), (z[0] * 256 + z[1]) % 31)
    print(wbits, zlib.decompress(z, wbits) == data)
try:
    zlib.decompressobj(14).decompress(comp)
except zlib.error as e:
    print("error", e)
co = zlib.compressobj(6, zlib.DEFLATED, 10, zdict=b"line of some text")
z = co.compress(data) + co.flush()
print(hex(z[0]), zlib.decompressobj(10, zdict=b"line of some text").decompress(z) == data)

# gzip streams through the object, max_length bounded.
co = zlib.compressobj(wbits=31)
gz = co.compress(data) + co.flush()
dco = zlib.decompressobj(47)
out = dco.decompress(gz, 1000)
while dco.unconsumed_tail or not dco.eof:
    out += dco.decompress(dco.unconsumed_tail, 1000)
print(out == data, dco.eof)
