# The struct module (CPython's Lib/struct.py over pyvar's _struct).
import struct

print(struct.calcsize('<iHd'), struct.pack('>I2s?', 7, b'ab', True), struct.unpack('<hhl', b'\x01\x00\xff\xff\x05\x00\x00\x00'))
s = struct.Struct('!3sxd')
print(s.size, s.format, s.pack(b'abc', 2.5), s.unpack(s.pack(b'xyz', -1.0)))
buf = bytearray(16)
struct.pack_into('<qq', buf, 0, -1, 2**62)
print(buf, struct.unpack_from('<q', buf, 8), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
try:
    struct.pack('b', 300)
except struct.error as e:
    print('struct.error:', e)
print(struct.error.__module__, struct.Struct.__module__, struct.__name__, 'Struct' in struct.__all__)
