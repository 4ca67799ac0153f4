# bytearray.__new__ makes an empty bytearray and __init__ fills it, so
# bytearray.__init__ refills an existing one (as CPython's tp_init does).
ba = bytearray()
bytearray.__init__(ba, b'xy'); print(ba)
bytearray.__init__(ba, 'abc\xbd\u20ac', encoding='latin1', errors='replace'); print(ba)
ba.__init__(3); print(ba)
ba.__init__(); print(ba)
class B(bytearray):
    def __init__(self, *a): pass
print(B(b'abc'), bytearray(b'q'), bytearray(2), bytearray('é', 'utf-8'))
class B2(bytearray): pass
print(B2(b'abc'), B2(3), bytearray.__new__(bytearray, b'zz'))
m = memoryview(ba := bytearray(b'ab'))
for f in [lambda: ba.__init__(b'cd'), lambda: ba.__init__(), lambda: bytearray('x')]:
    try:
        f()
        print(ba)
    except Exception as e:
        print(type(e).__name__, e)
m.release()
ba.__init__(b'cd')
print(ba)
