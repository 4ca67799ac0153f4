# int(str) refuses a string with too many digits before converting it (the
# count of digits up to the first non-digit decides, as CPython), and
# int.from_bytes converts as PyObject_Bytes: __bytes__ first, and no int or
# str (bytes(0) is b'', but int.from_bytes(0, 'big') is a TypeError).
import sys
for s in ['8' * 5000 + 'x', 'x' + '8' * 5000, '8' * 5000, '8_8' * 2000, '  ' + '8' * 4301 + '  ', '-' + '8' * 4301]:
    try:
        print(len(str(int(s))))
    except ValueError as e:
        print(str(e)[:90])
class B(int):
    def __bytes__(self): return b'\x01\x02'
for a in (0, 1.5, [1, 2], (1,), bytearray(b'ab'), memoryview(b'ab'), 'ab', iter([1, 2]), [256], True, 2**70, B(5)):
    try:
        print(int.from_bytes(a, 'big'))
    except Exception as e:
        print(type(e).__name__, e)
