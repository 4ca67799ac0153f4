# _pickle (the C accelerator behind pickle.Pickler, dumps and loads):
# round trips of every kind of value over every protocol, shared and
# recursive structures, and the Pickler/Unpickler hooks (persistent ids,
# dispatch tables, reducer_override, out-of-band buffers, memo proxies,
# fast mode, find_class).
import pickle, _pickle, io, collections, copyreg, datetime, fractions, decimal

print(pickle.Pickler is _pickle.Pickler, pickle.Unpickler is _pickle.Unpickler)
print(pickle.dumps is _pickle.dumps, pickle.loads is _pickle.loads)
print(pickle.PickleError is _pickle.PickleError, pickle.PickleBuffer)
print(issubclass(_pickle.PicklingError, _pickle.PickleError), issubclass(_pickle.UnpicklingError, Exception))

class C:
    def __init__(self, a):
        self.a = a
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    def __repr__(self):
        return 'C(%r)' % (self.__dict__,)

class Slots:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
        self.y = [2]
    def __getstate__(self):
        return (None, {'x': self.x, 'y': self.y})

class NewArgs(int):
    def __new__(cls, v, tag):
        o = int.__new__(cls, v)
        o.tag = tag
        return o
    def __getnewargs__(self):
        return (int(self), self.tag)

class NewArgsEx:
    def __new__(cls, *args, **kw):
        o = object.__new__(cls)
        o.args, o.kw = args, kw
        return o
    def __getnewargs_ex__(self):
        return self.args, self.kw
    def __repr__(self):
        return 'NewArgsEx(%r, %r)' % (self.args, sorted(self.kw.items()))

class Setter:
    def __init__(self):
        self.v = 0
    def __setstate__(self, st):
        self.v = st * 2
    def __getstate__(self):
        return 21

class MyList(list):
    pass
class MyDict(dict):
    pass
class MyTuple(tuple):
    pass
class MyStr(str):
    pass
class MyInt(int):
    pass

def func():
    pass

class WithMethod:
    def m(self):
        return 'm'
    @classmethod
    def cm(cls):
        return 'cm'
    def __eq__(self, other):
        return type(self) is type(other)
    __hash__ = object.__hash__

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**63, -2**63, 2**64, 2**200, -2**200, 0.0, -0.0, 1.5, 1e300, float('inf'), float('-inf'),
    '', 'abc', 'é', '\u20ac', '\U0001f600', 'a\nb\r\\\x00\x1a', '\udc80', b'', b'\x00\xff', bytearray(b'ba'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {'k': [1]}, set(), {1, 2, 3},
    frozenset(), frozenset({4, 5}), complex(1, 2), int, type(None), type(...), type(NotImplemented),
    len, func, C, pickle.Pickler, ..., NotImplemented, C([1, 'x']), MyList([1, 2]),
    MyDict(a=1), MyTuple((1, 2)), MyStr('s'), MyInt(7), collections.OrderedDict([(1, 2)]),
    collections.deque([1, 2]), collections.Counter('abca'), datetime.date(2020, 1, 2),
    datetime.datetime(2020, 1, 2, 3, 4, 5, 6), fractions.Fraction(3, 4), decimal.Decimal('1.25'),
    range(1, 10, 2), slice(1, 2, 3), list(range(2100)), {i: i * i for i in range(1500)}, set(range(1200)),
    'x' * 70000, b'y' * 70000, bytearray(b'z' * 70000), NewArgs(5, 'five'), NewArgsEx(1, k=2),
    # Methods pickle as getattr(owner, name); a static built-in's owner is its type.
    bytearray.maketrans, dict.fromkeys, 'abc'.index, str.index, [].__len__, set.__contains__,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    bad = []
    for v in values:
        try:
            s = pickle.dumps(v, proto)
            r = pickle.loads(s)
        except Exception as e:
            bad.append((repr(v)[:40], type(e).__name__, str(e)[:80]))
            continue
        if not (r == v or (v != v)) or type(r) is not type(v):
            bad.append((repr(v)[:40], repr(r)[:40]))
        # The pure-Python unpickler reads the C pickler's streams and back.
        if pickle._loads(s) != r or pickle.loads(pickle._dumps(v, proto)) != r:
            bad.append(('py', repr(v)[:40]))
    print(proto, len(values), bad)

for proto in range(6):
    wm = WithMethod()
    r = pickle.loads(pickle.dumps([wm.m, WithMethod.cm, wm], proto))
    print(proto, r[0](), r[1](), r[0].__self__ is r[2])

# Shared and recursive structures keep their shape.
for proto in range(6):
    l = [1]
    shared = [l, l, (l, l)]
    r = pickle.loads(pickle.dumps(shared, proto))
    rec = []
    rec.append(rec)
    rr = pickle.loads(pickle.dumps(rec, proto))
    d = {}
    d['self'] = d
    rd = pickle.loads(pickle.dumps(d, proto))
    t = ([],)
    t[0].append(t)
    rt = pickle.loads(pickle.dumps(t, proto))
    c = C(None)
    c.a = c
    rc = pickle.loads(pickle.dumps(c, proto))
    s = Slots()
    rs = pickle.loads(pickle.dumps(s, proto)) if proto >= 2 else s
    print(proto, r[0] is r[1] is r[2][0], rr[0] is rr, rd['self'] is rd, rt[0][0] is rt, rc.a is rc,
          rs.x, rs.y, pickle.loads(pickle.dumps(Setter(), proto)).v)

# Pickler and Unpickler objects on files: several pickles in one stream.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
x = [1, 2]
p.dump(x)
p.dump(x)          # the memo persists: the second is a reference
p.clear_memo()
p.dump(x)
f.seek(0)
u = pickle.Unpickler(f)
a, b, c = u.load(), u.load(), None
try:
    c = u.load()
except Exception as e:
    print(type(e).__name__, e)
print(a, b, a is b, f.tell() == len(f.getvalue()))
f.seek(0)
print([pickle.load(f) for _ in range(1)], f.read(3))

# Memo proxies.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
obj = ['shared']
p.dump(obj)
m = p.memo.copy()
print(len(m), sorted((v[0], v[1]) for v in m.values()))
p2 = pickle.Pickler(io.BytesIO(), 2)
p2.memo = p.memo
print(len(p2.memo.copy()), type(p.memo).__name__)
p.memo.clear()
print(len(p.memo.copy()))
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.load()
print(sorted(u.memo.copy().items()), type(u.memo).__name__)
u2 = pickle.Unpickler(io.BytesIO(b'h\x00.'))
u2.memo = u.memo
print(u2.load())
print(type(p.memo.__reduce__()[0]).__name__)

# persistent_id / persistent_load, as methods and as attributes.
class PP(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None
class PU(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:' + pid
for proto in range(6):
    f = io.BytesIO()
    PP(f, proto).dump(['ext:one', 'two', ('ext:three',)])
    print(proto, PU(io.BytesIO(f.getvalue())).load())
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.persistent_id = lambda o: 'X' if o == 42 else None
p.dump([42, 43])
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: pid * 2
print(u.load())

# dispatch_table, reducer_override, buffer_callback.
def reduce_c(c):
    return (C, ('from table',))
for proto in range(6):
    f = io.BytesIO()
    p = pickle.Pickler(f, proto)
    p.dispatch_table = copyreg.dispatch_table.copy()
    p.dispatch_table[C] = reduce_c
    p.dump(C(1))
    print(proto, pickle.loads(f.getvalue()))
class RO(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is func:
            return (str, ('overridden',))
        if isinstance(obj, type) and obj is C:
            return (str, ('class C',))
        return NotImplemented
f = io.BytesIO()
RO(f, 4).dump([func, C, 3, len])
print(pickle.loads(f.getvalue()))

from test.pickletester import ZeroCopyBytes, ZeroCopyBytearray
for obj in [ZeroCopyBytes(b'abc'), ZeroCopyBytearray(b'xyz')]:
    bufs = []
    s = pickle.dumps(obj, 5, buffer_callback=bufs.append)
    r = pickle.loads(s, buffers=bufs)
    print(type(r).__name__, r, len(bufs), r is obj, pickle.loads(pickle.dumps(obj, 5)) == obj)
    print(pickle.loads(s, buffers=[b'other']))
pb = pickle.PickleBuffer(bytearray(b'12345'))
print(bytes(pb.raw()), pickle.loads(pickle.dumps(pb, 5)), pickle.loads(pickle.dumps(pickle.PickleBuffer(b'ro'), 5)))
with memoryview(pb) as mv:
    print(mv.readonly, mv.tobytes())
pb.release()
try:
    pb.raw()
except ValueError as e:
    print('ValueError', e)

# Fast mode: no memo, so no references.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = 1
l = [1]
p.dump([l, l])
r = pickle.loads(f.getvalue())
print(p.fast, r, r[0] is r[1], p.bin)

# find_class overridden, with the 2.x names of protocols 0-2.
class FC(pickle.Unpickler):
    def find_class(self, module, name):
        print('find_class', module, name)
        return super().find_class(module, name)
print(FC(io.BytesIO(pickle.dumps([collections.OrderedDict, range(3)], 2))).load())
print(pickle.loads(b'c__builtin__\nxrange\n(I1\nI5\ntR.'), pickle.loads(b'cUserDict\nUserDict\n.'))
print(pickle.loads(b'\x80\x02c__builtin__\nset\n]\x85R.', fix_imports=True))
print(pickle.loads(b"S'abc'\np0\n.", encoding='bytes'), pickle.loads(b"U\x02\xe9\xe8.", encoding='latin1'))
print(pickle.loads(b"U\x02\xe9\xe8.", encoding='ascii', errors='replace'))
print(pickle.dumps(range(3), 2, fix_imports=False)[:30], pickle.dumps(range(3), 2)[:30])

# copyreg extension codes.
copyreg.add_extension('collections', 'OrderedDict', 240)
copyreg.add_extension('collections', 'deque', 0x1234)
copyreg.add_extension('datetime', 'date', 0x123456)
try:
    for proto in range(6):
        s = pickle.dumps([collections.OrderedDict, collections.deque, datetime.date], proto)
        print(proto, s.hex()[:120], pickle.loads(s) == [collections.OrderedDict, collections.deque, datetime.date])
finally:
    copyreg.remove_extension('collections', 'OrderedDict', 240)
    copyreg.remove_extension('collections', 'deque', 0x1234)
    copyreg.remove_extension('datetime', 'date', 0x123456)

# Subclasses that do not call __init__.
class NoInit(pickle.Pickler):
    def __init__(self):
        pass
try:
    NoInit().dump(1)
except pickle.PicklingError as e:
    print('PicklingError', e)
class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass
try:
    NoInitU().load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)
