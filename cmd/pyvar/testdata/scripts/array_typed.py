# array.array: every typecode, conversions, sequence operations, the
# buffer protocol, pickling support and CPython 3.10's errors.
import array

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

print(array.typecodes, array.ArrayType is array.array)
samples = {'b': [-128, 0, 127], 'B': [0, 255], 'h': [-32768, 32767], 'H': [0, 65535], 'i': [-2**31, 2**31 - 1],
           'I': [0, 2**32 - 1], 'l': [-2**63, 2**63 - 1], 'L': [0, 2**64 - 1], 'q': [-2**63, 5], 'Q': [2**64 - 1],
           'f': [1.5, 0.1, -2.0], 'd': [0.1, 1e300, -0.0]}
for tc, vals in samples.items():
    a = array.array(tc, vals)
    print(tc, a.itemsize, a, a.tolist(), a.tobytes(), len(a), a[0], a[-1])
    b = array.array(tc)
    b.frombytes(a.tobytes())
    print('  ', b == a, a.__reduce_ex__(2), a.__reduce_ex__(3)[1][2], array.array(tc, a.tobytes()) == a)
    m = memoryview(a)
    print('  ', m.format, m.itemsize, m.nbytes, m.tolist() == a.tolist(), bytes(a) == a.tobytes())
    m.release()
    a.byteswap()
    print('  ', a.tobytes())
u = array.array('u', 'héllo')
print(u, u.tounicode(), len(u), u[1], u.itemsize, u.tobytes()[:8], u.__reduce_ex__(3)[1][2])
u.fromunicode('!')
u.append('?')
print(u, array.array('u', ['a', 'b']), repr(array.array('u')), str(array.array('i', [1])))

a = array.array('i', range(10))
print(a[2:5], a[::3], a[::-1], a[5:2], 3 in a, 42 in a, a.count(3), a.index(4), a.index(4, 2, 8))
a[1:3] = array.array('i', [7, 8, 9])
print(a)
a[::2] = array.array('i', [0] * 6)
print(a)
del a[1:3]
del a[::3]
print(a, a.pop(), a.pop(0), a)
a.insert(0, 100); a.insert(-1, 200); a.insert(99, 300); a.insert(-99, 400)
print(a)
a.remove(200); a.reverse()
print(a, a + array.array('i', [1]), a * 2, 2 * array.array('b', [1, 2]), array.array('b', [1]) * 0)
a += array.array('i', [5]); a *= 2
print(a, list(a)[:3], sorted(a)[:2], max(a), sum(a))
a.extend([1, 2]); a.extend(array.array('i', [3])); a.extend(iter([4]))
a.fromlist([5, 6])
print(a[-7:], a.buffer_info()[1])
print(array.array('i', [1, 2]) == array.array('i', [1, 2]), array.array('i', [1, 2]) < array.array('i', [1, 3]),
      array.array('i', [1]) == array.array('d', [1.0]), array.array('b', [1, 2]) >= array.array('h', [1]), array.array('i') == [])
print(array.array('d', array.array('i', [1, 2])), array.array('i', (x * x for x in range(4))), array.array('b', bytearray(b'\x01\xff')))
it = iter(array.array('h', [1, 2, 3]))
print(next(it), list(it), list(it))
print(array._array_reconstructor(array.array, 'i', 8, b'\x01\x00\x00\x00'), array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x01'),
      array._array_reconstructor(array.array, 'd', 17, b'?\xf8\x00\x00\x00\x00\x00\x00'), array._array_reconstructor(array.array, 'u', 20, b'A\x00\x00\x00'),
      array._array_reconstructor(array.array, 'h', 5, b'\xff\xfe'), array._array_reconstructor(array.array, 'L', 11, b'\x00' * 7 + b'\x09'))
for args in [('i', 12, b'\x05' + b'\x00' * 7), ('q', 8, b'\x05\x00\x00\x00'), ('f', 16, b'\x00' * 8), ('B', 1, b'\xff'), ('b', 0, b'\xff'), ('H', 7, b'\x00\x00\x01\x00'), ('u', 21, b'\x00\x00\x00A'), ('i', 8, b'\x01')]:
    err(lambda: array._array_reconstructor(array.array, *args))
c = array.array('i', [1, 2])
cp = c.__copy__()
cp[0] = 9
print(c, cp, c.__deepcopy__({}))

class MyArray(array.array):
    def total(self):
        return sum(self)
ma = MyArray('i', [1, 2, 3])
ma.tag = 't'
print(ma, ma.total(), ma[1:], type(ma[1:]).__name__, isinstance(ma, array.array), ma.tag, ma.__reduce_ex__(2)[2])

x = array.array('i', [1, 2, 3])
mv = memoryview(x)
err(lambda: x.append(4))
err(lambda: x.pop())
err(lambda: x.extend([1]))
mv[0] = 42
print(x, mv.tolist())
mv.release()
x.append(4)
print(x, bytes(x), b'-'.join([x[:1], b'z']))

for tc in 'bBhHiIlLqQ':
    for v in [-1, 2**8, 2**16, 2**32, 2**64, -2**63 - 1, 1.5, 'x']:
        try:
            array.array(tc, [v])
        except Exception as e:
            print(tc, v, type(e).__name__, e)
for tc in 'fd':
    err(lambda: array.array(tc, ['x']))
    err(lambda: array.array(tc, [10**400]))
print(array.array('f', [1e300]), array.array('d', [2]), array.array('f', [3]))
err(lambda: array.array('u', [1]))
err(lambda: array.array('u', ['ab']))
err(lambda: array.array('x'))
err(lambda: array.array(1))
err(lambda: array.array('bb'))
err(lambda: array.array('b', 'abc'))
err(lambda: array.array('b', 3))
err(lambda: array.array())
err(lambda: array.array('i', [1, 2])[5])
err(lambda: array.array('i', [1, 2])['a'])
err(lambda: array.array('i', [1, 2]).__setitem__(slice(0, 1), [1]))
err(lambda: array.array('i', [1, 2]).__setitem__(slice(0, 1), array.array('b', [1])))
err(lambda: array.array('i', [1, 2]) + array.array('b', [1]))
err(lambda: array.array('i', [1, 2]) + [1])
err(lambda: array.array('i', [1, 2]).index(5))
err(lambda: array.array('i', [1, 2]).remove(5))
err(lambda: array.array('i').pop())
err(lambda: array.array('i', [1]).pop(5))
err(lambda: array.array('i').frombytes(b'abc'))
err(lambda: array.array('i').frombytes('abc'))
err(lambda: array.array('i').tounicode())
err(lambda: array.array('i').fromunicode('a'))
err(lambda: array.array('u').fromunicode(b'a'))
err(lambda: array.array('i').fromlist((1,)))
err(lambda: array.array('i', [1, 2]).__setitem__(slice(0, 4, 2), array.array('i', [1, 2, 3])))
err(lambda: array.array('i', [1]).extend([1, 'x']))
err(lambda: array.array('i', [1]).extend(array.array('b')))
err(lambda: array.array('i', [1]).extend(3))
err(lambda: array.array('i', [1]) < [2])
err(lambda: hash(array.array('i')))
err(lambda: array._array_reconstructor(array.array, 'b', 99, b''))
err(lambda: array._array_reconstructor(list, 'b', 0, b''))
err(lambda: array._array_reconstructor(array.array, 'z', 0, b''))
e = array.array('i', [1])
err(lambda: e.extend([2, 3, 'x']))
print(e)
