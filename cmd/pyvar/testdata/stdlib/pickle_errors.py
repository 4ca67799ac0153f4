# _pickle's errors, as CPython 3.10's C module raises them: what cannot
# be pickled, malformed __reduce__ values, bad arguments, and malformed
# or truncated streams for the Unpickler.
import pickle, io, sys

def show(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            msg = msg[:msg.index(' at 0x')]
        print('!!', type(e).__name__, msg[:160])
    else:
        print('ok', repr(r)[:100])

def local():
    def inner():
        pass
    return inner

class R:
    def __init__(self, rv):
        self.rv = rv
    def __reduce__(self):
        return self.rv

class NoReduce:
    def __reduce_ex__(self, proto):
        raise TypeError('no reduce here')

class WrongClass:
    pass

g = lambda: None
for proto in (0, 2, 4):
    show(pickle.dumps, local(), proto)
    show(pickle.dumps, g, proto)
    show(pickle.dumps, R(42), proto)
    show(pickle.dumps, R(()), proto)
    show(pickle.dumps, R((1, 2, 3, 4, 5, 6, 7)), proto)
    show(pickle.dumps, R((1, ())), proto)
    show(pickle.dumps, R((list, 1)), proto)
    show(pickle.dumps, R((list, (), None, 1)), proto)
    show(pickle.dumps, R((list, (), None, None, 1)), proto)
    show(pickle.dumps, R((list, (), None, None, None, 1)), proto)
    show(pickle.dumps, R('no_such_global'), proto)
    show(pickle.dumps, R((WrongClass.__new__, ())), proto)
    show(pickle.dumps, NoReduce(), proto)
    show(pickle.dumps, (x for x in ()), proto)
    show(pickle.dumps, sys._getframe(), proto)

import copyreg
show(pickle.dumps, R((copyreg.__newobj__, ())), 2)
show(pickle.dumps, R((copyreg.__newobj__, (1,))), 2)
show(pickle.dumps, R((copyreg.__newobj__, (WrongClass,))), 2)
show(pickle.dumps, R((copyreg.__newobj_ex__, (WrongClass,))), 4)
show(pickle.dumps, R((copyreg.__newobj_ex__, (1, (), {}))), 4)
show(pickle.dumps, R((copyreg.__newobj_ex__, (R, 1, {}))), 4)
show(pickle.dumps, R((copyreg.__newobj_ex__, (R, (), 1))), 4)
show(pickle.dumps, 1, 6)
show(pickle.dumps, 1, 'x')
show(pickle.dumps, 1, 4, buffer_callback=list.append)
show(pickle.dumps, pickle.PickleBuffer(b'x'), 4)
show(pickle.dumps, '\u20ac' if False else 'ok', -1)
show(pickle.Pickler, None)
show(pickle.Unpickler, None)
show(pickle.loads, 'not bytes')
show(pickle.dump, 1, None)
class FakeMod:
    pass
FakeMod.__module__ = 'no.such.module'
show(pickle.dumps, FakeMod, 2)

pid_pickler = pickle.Pickler(io.BytesIO(), 0)
pid_pickler.persistent_id = lambda obj: '\u20ac' if obj == 1 else None
show(pid_pickler.dump, 1)
show(setattr, pid_pickler, 'persistent_id', 5)
show(setattr, pid_pickler, 'memo', 5)
show(delattr, pid_pickler, 'persistent_id')

class Rec:
    pass
deep = []
for i in range(2000):
    deep = [deep]
show(pickle.dumps, deep, 2)
fp = pickle.Pickler(io.BytesIO(), 2)
fp.fast = 1
cyc = []
cyc.append([cyc])
try:
    fp.dump(cyc)
except ValueError as e:
    print('!! ValueError', str(e).split(' at ')[0])
d = {i: i for i in range(5)}
class Mutator:
    def __reduce__(self):
        d[99] = 1
        return (int, ())
d[0] = Mutator()
show(pickle.dumps, d, 2)

bad_streams = [
    b'', b'N', b'(.', b'0', b'1', b'2', b'a', b'e', b's', b'u', b'\x90', b'b', b'R', b'\x81', b'\x92', b't',
    b'(t\x85.', b')\x85.', b'g0\np0', b'jens:', b'hens:', b'Va\np-1\n.', b'I1', b'I12x\n.', b'Ffoo\n.',
    b'L12', b'Labc\n.', b'S\n.', b"S'\n.", b"S'abc\n.", b"S'\\'\n.", b'X\x05\x00\x00\x00ab', b'X\x02\x00\x00\x00\xff\xfe.',
    b'\x80\x06N.', b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.', b'\x8a\x02\x01', b'\x8b\xff\xff\xff\xffN.',
    b'T\xff\xff\xff\xffN.', b'Q.', b'PX\n.', b'\x82\x00.', b'\x82\x01.', b'\x97.', b'\x98.', b'(N(\x90.',
    b'\x93.', b'N\x93.', b'NN\x93.', b'\x8c\x03abc\x8c\x03def\x93.', b'cno_such_module\nx\n.',
    b'\x80\x04\x8c\x08builtins\x8c\x06nosuch\x93.', b'cbuiltins\nnosuch\n.', b'N)R.', b'cbuiltins\nint\nNR.',
    b'cbuiltins\nlen\n)\x81.', b'cbuiltins\nint\nN\x81.', b'cbuiltins\nint\n)N\x92.', b'cbuiltins\nint\nN}\x92.',
    b'}N\x88s(.', b'(K\x01K\x02d.', b'}(K\x01u.', b']N(a.', b'N}b.', b'](K\x01NK\x02b.', b'NNb.',
    b'cbuiltins\nobject\n)\x81}K\x01K\x02sb.', b'\x96\x01', b'\xff', b'\x8e\x01\x00\x00\x00\x00\x00\x00\x00',
    b'\x8d\x00\x00\x00\x00\x00\x00\x00\x80.', b'\x80\x04\x95\x00\x00\x00\x00\x00\x00\x00\x00N.',
]
for s in bad_streams:
    print(s, end=' ')
    show(pickle.loads, s)
    if s:
        print('   file', end=' ')
        show(pickle.Unpickler(io.BytesIO(s)).load)
show(pickle.loads, b'N.', encoding=1)
show(pickle.loads, b'\x97.', buffers=[])
show(pickle.loads, b'\x97.', buffers=1)
show(pickle.loads, b'U\x01\xe9.')
show(pickle.loads, b'U\x01\xe9.', encoding='bytes')
show(pickle.loads, b'U\x01\xe9.', encoding='latin1')
show(pickle.loads, b'U\x01\xe9.', encoding='ascii', errors='bytes')
