# The io class hierarchy as Lib/io.py builds it (a metaclass, _io bases
# mixed with Python ones), subclassed by user raw, buffered and text
# streams that _io's layers wrap, and _IOBase's own methods over them.
import _io
class M(type): pass
class IOBase(_io._IOBase, metaclass=M): pass
class RawIOBase(_io._RawIOBase, IOBase): pass
class BufferedIOBase(_io._BufferedIOBase, IOBase): pass
class TextIOBase(_io._TextIOBase, IOBase): pass
print(RawIOBase.__mro__)
class Chunks(RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
raw = Chunks(b'first line\nsecond \xe2\x82\xac line\nlast')
print(raw.read(4), raw.read(), raw.read(), raw.closed)
raw.close()
print(raw.closed, raw.__dict__)
t = _io.TextIOWrapper(_io.BufferedReader(Chunks(b'first line\nsecond \xe2\x82\xac line\nlast')), encoding='utf-8')
print(t.readlines())
b = _io.BufferedReader(Chunks(b'abc\ndef'))
print(b.peek(1)[:1], b.readline(), list(b))
class Upper(TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
u = Upper()
print('hello', 'there', file=u)
u.writelines(['a', 'b'])
with u:
    pass
print(u.parts, u.closed)
try:
    u.writelines(['x'])
except ValueError as e:
    print(e)
class Lines(IOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def read(self, n=-1):
        out, self.data = self.data[:n], self.data[n:]
        return out
print(list(Lines(b'x\ny\nz')), Lines(b'abc\ndef').readlines(), Lines(b'p\nq').readline(1))
try:
    IOBase().seek(0)
except _io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))
