# _struct: every format code in every byte order, alignment, strings,
# half floats, Struct objects, buffers and CPython 3.10's errors.
import _struct as struct

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__module__, type(e).__name__ + ':', e)
    else:
        print('ok', r)

for fmt in ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'e', 'f', 'd', 'P', 's', 'p',
            'ci', 'ic', 'cd', 'bhbh', '3s', '10p', '0s', '2xh', 'b0l', 'hq', 'c 3h', '\tI\n', '5c', '0i']:
    row = []
    for order in '@=<>!':
        if order != '@' and fmt and fmt[-1] in 'nNP':
            continue
        row.append(struct.calcsize(order + fmt))
    print(repr(fmt), row)

vals = {'c': b'*', 'b': -100, 'B': 200, '?': True, 'h': -30000, 'H': 60000, 'i': -2**31, 'I': 2**32 - 1,
        'l': -2**31, 'L': 2**32 - 1, 'q': -2**63, 'Q': 2**64 - 1, 'n': 2**63 - 1, 'N': 2**64 - 1,
        'e': 1.5, 'f': 0.1, 'd': 0.1, 'P': 2**64 - 1}
for code, v in vals.items():
    for order in '@=<>':
        if order != '@' and code in 'nNP':
            continue
        fmt = order + code
        b = struct.pack(fmt, v)
        print(fmt, b, struct.unpack(fmt, b))

print(struct.pack('>bhilqd', 1, 2, 3, 4, 5, 6.0), struct.pack('<bhilqd', 1, 2, 3, 4, 5, 6.0))
print(struct.pack('@bhilqd', 1, 2, 3, 4, 5, 6.0))
print(struct.pack('3s', b'abcdef'), struct.pack('3s', b'a'), struct.pack('3s', bytearray(b'xy')), struct.pack('0s', b'abc'))
print(struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'abc'), struct.pack('0p', b''), struct.pack('300p', b'x' * 290)[:3])
print(struct.unpack('5p', b'\x03abcd'), struct.unpack('3p', b'\x09ab'), struct.unpack('2s2x2s', b'abxxcd'))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.pack('3?', 0, 1, 2), struct.unpack('3?', b'\x00\x01\x02'))
print(struct.pack('i', True), struct.pack('<q', False))
for x in [0.0, -0.0, 1.0, 65504.0, 65519.0, 6.1e-05, 5.96e-08, 2.9e-08, 3e-08, 1e-10, float('inf'), float('-inf'), 0.1, 1/3, 2049.0, 2051.0, 1.00048828125, 1.00146484375]:
    b = struct.pack('<e', x)
    print(x, b, struct.unpack('<e', b), struct.unpack('>e', struct.pack('>e', x)))
print(struct.pack('<e', float('nan')), struct.pack('<e', -float('nan')), struct.unpack('<e', b'\x00\x7e'), struct.unpack('<e', b'\x01\x00'))
print(struct.pack('<f', 3.4e38), struct.pack('@f', 1e300), struct.pack('<f', float('inf')), struct.unpack('<f', b'\x00\x00\xc0\x7f'))
print(struct.pack('<d', 1e300), struct.unpack('>d', b'\x7f\xf0\x00\x00\x00\x00\x00\x00'))

class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack('i', Idx()), struct.pack('d', Flt()), struct.pack('f', Idx()), struct.pack('d', 3))

s = struct.Struct('<2hd')
print(s.format, s.size, s.pack(1, 2, 0.5), s.unpack(b'\x01\x00\x02\x00' + bytes(8)), struct.Struct(b'>I').format)
buf = bytearray(20)
s.pack_into(buf, 2, 7, 8, 1.0)
struct.pack_into('>H', buf, -2, 0xABCD)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from('>H', buf, -2), struct.unpack_from('<h', buffer=buf))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(s.iter_unpack(bytes(24))))
it = struct.iter_unpack('>H', b'\x00\x01\x00\x02')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
mv = memoryview(bytearray(8))
struct.pack_into('<q', mv, 0, -2)
print(struct.unpack('<q', mv), struct.unpack('<q', bytes(mv)), struct.unpack_from('<i', memoryview(b'\x00' * 12)[4:]), struct.unpack('<4B', memoryview(b'abcd')))
print(struct.unpack('<2H', memoryview(b'abcdef')[::2].tobytes() + b'z'))

class MyStruct(struct.Struct):
    def __init__(self, fmt, tag):
        super().__init__(fmt)
        self.tag = tag
ms = MyStruct('>i', 'T')
print(ms.tag, ms.size, ms.pack(-1), isinstance(ms, struct.Struct))
s.__init__('<b')
print(s.format, s.size, s.pack(5))

for code in 'bBhHiIlLqQnNP':
    for order in '@<>=':
        if order != '@' and code in 'nNP':
            continue
        for v in [-1, 256, 2**31, 2**63, 2**64, -2**63 - 1, 1.0, '1']:
            try:
                struct.pack(order + code, v)
            except Exception as e:
                print(order + code, v, type(e).__name__, e)

err(lambda: struct.pack('c', b'ab'))
err(lambda: struct.pack('c', bytearray(b'a')))
err(lambda: struct.pack('s', 'a'))
err(lambda: struct.pack('p', 1))
err(lambda: struct.pack('<f', 1e300))
err(lambda: struct.pack('e', 1e300))
err(lambda: struct.pack('>e', 65520.0))
err(lambda: struct.pack('d', 'x'))
err(lambda: struct.pack('i'))
err(lambda: struct.pack('i', 1, 2))
err(lambda: struct.pack('z', 1))
err(lambda: struct.pack('3', 1))
err(lambda: struct.pack('<n', 1))
err(lambda: struct.pack('<P', 1))
err(lambda: struct.pack(1, 1))
err(lambda: struct.pack())
err(lambda: struct.unpack('i', b'ab'))
err(lambda: struct.unpack('i', 'abcd'))
err(lambda: struct.unpack('i'))
err(lambda: struct.unpack_from('i', b'abc'))
err(lambda: struct.unpack_from('i', b'abcdef', 3))
err(lambda: struct.unpack_from('i', b'abcdef', -7))
err(lambda: struct.unpack_from('i', b'abcdef', -2))
err(lambda: struct.pack_into('i', bytearray(4), 2, 1))
err(lambda: struct.pack_into('i', bytearray(4), -5, 1))
err(lambda: struct.pack_into('i', bytearray(4), -2, 1))
err(lambda: struct.pack_into('i', b'abcd', 0, 1))
err(lambda: struct.pack_into('i', bytearray(4)))
err(lambda: struct.pack_into('i', bytearray(4), 0))
err(lambda: struct.pack_into('i', bytearray(4), 0, 1, 2))
err(lambda: struct.iter_unpack('i', b'abcde'))
err(lambda: struct.iter_unpack('', b''))
err(lambda: struct.calcsize('999999999999999999999q'))
err(lambda: struct.calcsize('9223372036854775807q'))
err(lambda: struct.Struct())
err(lambda: struct.Struct(3))
err(lambda: struct.Struct('i').pack('x'))
err(lambda: struct.Struct('i').pack(x=1))
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception), struct.__doc__ == struct.__doc__.strip() + '\n')
struct._clearcache()
