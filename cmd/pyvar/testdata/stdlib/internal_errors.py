# Inputs that raised a Go runtime error (an internal SystemError that
# ended the program) found by running CPython's Lib/test under regrtest:
# bytearray and array stores whose value's __index__ resizes them, slot
# wrappers called with too few arguments, %-format's '*' and precision
# bounds, huge buffer sizes, BytesIO/StringIO past their end, and the
# f_locals of a cleared frame.
import array, io, sys
def t(name, f):
    try: print(name, repr(f()))
    except Exception as e: print(name, type(e).__name__, e)
def a1():
    a = array.array('b', b'abc'); del a[0]; del a[-1]; return a
t('array del', a1)
for tc in 'bBuhHiIlLqQfd':
    def a2():
        a = array.array(tc, [1,2,3] if tc != 'u' else 'abc'); del a[0]; del a[-1]; del a[len(a)-1]; return a
    t('array del '+tc, a2)
class Boom:
    def __index__(self):
        b.clear(); return 0
b = bytearray(b'Now you see me...')
def f(): b[0] = Boom()
t('bytearray mutating', f)
t('%.*d', lambda: '%.*d' % (sys.maxsize, 1))
t('%.*d b', lambda: b'%.*d' % (sys.maxsize, 1))
t('%*d', lambda: '%*d' % (sys.maxsize, 1))
t('{:.9223372036854775807}', lambda: format(1.0, '.9223372036854775807'))
t('BufferedReader 0', lambda: io.BufferedReader(io.BytesIO(b'x'), sys.maxsize))
t('BufferedReader big', lambda: io.BufferedReader(io.BytesIO(b'x'), sys.maxsize // 2 + 1))
t('BufferedWriter big', lambda: io.BufferedWriter(io.BytesIO(), sys.maxsize))
def m():
    bio = io.BytesIO(b'0123456789'); bio.seek(20); bio.write(b'x'); return bio.getvalue()
t('BytesIO overseek', m)
def m2():
    bio = io.BytesIO(b'0123456789'); bio.seek(sys.maxsize); return bio.read()
t('BytesIO overseek read', m2)
def m3():
    bio = io.BytesIO(b'0123456789'); bio.seek(11); return bio.read(), bio.tell(), bio.readline(), bio.getvalue()
t('BytesIO overseek read 11', m3)
def fr():
    def outer():
        x = 1
        def inner(): return x
        return sys._getframe(), inner
    f, inner = outer()
    f.clear()
    return inner()
t('frame clear cell', fr)

for fmt, args in [('%.*d', (sys.maxsize, 1)), ('%.*d', (2**31-1, 1)), ('%.*d', (2**31, 1)), ('%.*d', (-5, 12)), ('%.*f', (-5, 1.5)),
                  ('%.*s', (-1, 'abc')), ('%.2147483648d', (1,)), ('%.2147483647d', (1,)), ('%.2147483647s', ('a',)),
                  ('%*d', (sys.maxsize, 1)), ('%*d', (-sys.maxsize, 1)), ('%*d', (2**63, 1)),
                  ('%.*g', (400, 1.0)), ('%.*a', (3, 1.0)), ('%.*r', (2, 'xyz')), ('%.*c', (3, 'x'))]:
    t(fmt + str(args)[:30], lambda: fmt % args)
    t('b' + fmt + str(args)[:30], lambda: fmt.encode() % tuple(a.encode() if isinstance(a, str) else a for a in args))
t('fmt prec', lambda: format(1.0, '.9223372036854775807'))
t('fmt prec2', lambda: format(1.0, '.2147483648'))
t('fmt prec3', lambda: format(1, '.5'))
t('fmt width', lambda: format(1, '9223372036854775808'))
t('fmt prec4', lambda: format('x', '.2147483647'))
t('fmt prec5', lambda: format(1.5, '.2147483647'))

for cls, d in [(io.BytesIO, b'0123456789'), (io.StringIO, '0123456789')]:
    def mk(pos):
        o = cls(d); o.seek(pos); return o
    t('read', lambda: mk(sys.maxsize).read())
    t('read5', lambda: mk(20).read(5))
    t('readline', lambda: mk(20).readline())
    t('readlines', lambda: mk(20).readlines())
    t('write', lambda: mk(sys.maxsize).write(d[:1]))
    t('write2', lambda: mk(2**40).write(d[:1]))
    t('write3', lambda: (lambda o: (o.write(d[:2]), o.getvalue()))(mk(13)))
    t('truncate', lambda: (lambda o: (o.truncate(), o.getvalue(), o.tell()))(mk(13)))
    t('iter', lambda: list(mk(20)))
    t('getbuffer', lambda: bytes(mk(20).getbuffer()) if cls is io.BytesIO else None)
    t('readinto', lambda: mk(20).readinto(bytearray(3)) if cls is io.BytesIO else None)
    t('read1', lambda: mk(20).read1(3) if cls is io.BytesIO else None)
    t('seek neg', lambda: mk(-1))
    t('seek big', lambda: mk(2**63))

a = array.array('b', [1,2,3])
t('noarg', lambda: a.__delitem__())
t('none', lambda: a.__delitem__(None))
t('len', lambda: a.__delitem__(3))
t('-len-1', lambda: a.__delitem__(-4))
b = bytearray(b'abc')
t('ba noarg', lambda: b.__delitem__())
t('ba none', lambda: b.__delitem__(None))
l = [1,2]
t('l noarg', lambda: l.__delitem__())
t('l setitem 1', lambda: l.__setitem__(0))
t('d delitem', lambda: {}.__delitem__())
t('a setitem 1', lambda: a.__setitem__(0))
t('a getitem 0', lambda: a.__getitem__())

def make_frames():
    def outer():
        x = 5
        y = 6
        def inner():
            z = x + 2
            1/0
            t = 9
        return inner()
    try:
        outer()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        frames = []
        while tb:
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames
f, outer, inner = make_frames()
outer.clear(); inner.clear()
print(outer.f_locals, inner.f_locals)
f, outer, inner = make_frames()
print(outer.f_locals.keys(), inner.f_locals)
outer.clear(); inner.clear()
print(outer.f_locals, inner.f_locals)
f, outer, inner = make_frames()
inner.clear()
print(inner.f_locals, outer.f_locals.keys())
outer.clear()
print(outer.f_locals)
# A native type that sets no __new__ of its own cannot be instantiated
# (its New was object.__new__, which called itself forever: a Go stack
# overflow), and memoryview's own slot wrappers check their arguments.
import struct
for ty in (type(struct.iter_unpack('b', b'12')), type(iter([])), type({}.keys())):
    t('instantiate ' + ty.__name__, ty)
    t('object.__new__ ' + ty.__name__, lambda: object.__new__(ty))
mv = memoryview(bytearray(b'abc'))
for name in ('__delitem__', '__setitem__', '__getitem__', '__len__'):
    for args in ((), (0, 1, 2)):
        t('memoryview.%s%r' % (name, args), lambda: getattr(mv, name)(*args))
# %-format and math take real numbers only (PyFloat_AsDouble): not str or
# bytes, whose float() parsing is not for them, and a __float__ that fails
# keeps its own error; '%' after flags or a key is an unsupported conversion.
class F:
    def __float__(self): return 'x'
class G(float):
    def __float__(self): return 9.0
import math
for fmt, a in ((b'%g', '1'), (b'%g', b'1'), ('%g', b'1'), (b'%f', None), (b'%g', F()), ('%g', F()), ('%g', G(2.5)), ('%5%', ()), ('% %s', 1), ('%(x)%', {'x': 1}), ('%%%s', 1)):
    t('%r %% %r' % (fmt, a), lambda: fmt % a)
for a in ('1', b'1', F(), G(2.5), 10**400):
    t('sqrt %r' % type(a).__name__, lambda: math.sqrt(a))
import locale
old = locale.setlocale(locale.LC_ALL)
locale.setlocale(locale.LC_ALL, '')
t('setlocale composite', lambda: locale.setlocale(locale.LC_ALL, old) == old)
t('LC_NUMERIC restored', lambda: locale.setlocale(locale.LC_NUMERIC))
t('setlocale bad composite', lambda: locale.setlocale(locale.LC_ALL, 'LC_CTYPE=xx;LC_NUMERIC=C'))
# struct: an unpack iterator is an abc.Iterator; a NUL in a format is an
# embedded null character; a buffer size past sys.maxsize is printed as
# CPython's size_t.
import collections.abc
print(isinstance(struct.iter_unpack('b', b'12'), collections.abc.Iterator))
t('calcsize NUL', lambda: struct.calcsize('b\0'))
t('pack_into huge offset', lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1))
t('unpack_from huge offset', lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize))
