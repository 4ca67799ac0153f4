# The byte streams of _pickle's Pickler, opcode for opcode as CPython
# 3.10's C pickler writes them: the exact bytes of dumps for every
# protocol, pickletools' disassembly of a few, and framing of protocol 4+.
import pickle, pickletools, io, collections

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class Cell:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def __getstate__(self):
        return (None, {'v': self.v})

def f():
    pass

samples = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2**31 - 1, -2**31, 2**31, 2**40, -2**40,
    2**63, 2**64 - 1, -2**63 - 1, 2**100, -2**100, 0.5, -2.25, 1e100, float('inf'),
    '', 'abc', 'é€😀', 'line\nbreak\\\r\x00\x1a', '\udcff', b'', b'bytes\x00\xff', bytearray(), bytearray(b'ba'),
    (), (1,), (1, 'two'), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3], {}, {1: 2}, {1: 2, 3: 4},
    set(), {7}, frozenset(), frozenset([8]), [[], {}, ()], int, len, f, Point, collections.OrderedDict,
    Point(1, 'y'), Cell(3), complex(1, -1), range(5), slice(1, None), list(range(1001)),
    {i: None for i in range(1001)}, set(range(1001)), frozenset(range(20)),
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in samples:
        if isinstance(v, Cell) and proto < 2:
            continue
        s = pickle.dumps(v, proto)
        f2 = io.BytesIO()
        pickle.dump(v, f2, proto)
        assert f2.getvalue() == s
        print(proto, s.hex() if len(s) < 200 else (len(s), s[:60].hex(), s[-60:].hex()))

# Shared references: memo PUT/GET (protocols 0-3), MEMOIZE (4+).
l = [1, 2]
shared = [l, l, (l, [l])]
rec = []
rec.append((rec,))
for proto in range(6):
    print(proto, pickle.dumps(shared, proto).hex())
    print(proto, pickle.dumps(rec, proto).hex())

for proto in (0, 2, 4, 5):
    out = io.StringIO()
    pickletools.dis(pickle.dumps([1, 'a', (2.5, b'b'), {'k': None}, Point(3, 4), {5}], proto), out)
    print(out.getvalue())

# Framing: frames of about 64 KiB, and large bytes/str outside frames.
big = [b'x' * 1000 for _ in range(200)] + ['y' * 70000, b'z' * 70000, bytearray(b'w' * 70000)]
for proto in (4, 5):
    s = pickle.dumps(big, proto)
    frames = [(op.name, arg) for op, arg, pos in pickletools.genops(s) if op.name == 'FRAME']
    print(proto, len(s), frames)
    f3 = io.BytesIO()
    pickle.dump(big, f3, proto)
    print(f3.getvalue() == s)

# A file's write() is called once per frame at most.
class Writer:
    def __init__(self):
        self.sizes = []
    def write(self, b):
        self.sizes.append(len(b))
w = Writer()
pickle.Pickler(w, 4).dump(big)
print(w.sizes)
w = Writer()
pickle.Pickler(w, 3).dump(big[:10])
print(w.sizes)
