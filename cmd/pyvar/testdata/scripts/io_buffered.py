# The buffered layer over a raw stream that logs every call the buffer
# makes (sizes, order, the seeks that flush): BufferedReader, Writer,
# Random and RWPair, with CPython 3.10's algorithm and messages.
import _io

log = []


class Raw(_io._RawIOBase):
    """A seekable in-memory raw stream that records how it is called."""

    def __init__(self, data=b'', chunk=None, seekable=True):
        self.data = bytearray(data)
        self.pos = 0
        self.chunk = chunk  # most bytes one readinto returns
        self._seekable = seekable

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return self._seekable

    def readinto(self, b):
        n = len(b)
        if self.chunk:
            n = min(n, self.chunk)
        got = self.data[self.pos:self.pos + n]
        b[:len(got)] = got
        self.pos += len(got)
        log.append(('readinto', len(b), len(got)))
        return len(got)

    def write(self, b):
        b = bytes(b)
        end = self.pos + len(b)
        if end > len(self.data):
            self.data.extend(b'\0' * (end - len(self.data)))
        self.data[self.pos:end] = b
        self.pos = end
        log.append(('write', len(b)))
        return len(b)

    def seek(self, pos, whence=0):
        if whence == 0:
            self.pos = pos
        elif whence == 1:
            self.pos += pos
        else:
            self.pos = len(self.data) + pos
        log.append(('seek', pos, whence))
        return self.pos

    def tell(self):
        log.append(('tell',))
        return self.pos


def show(label, f, *args):
    del log[:]
    try:
        r = f(*args)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r), log)


data = bytes(range(48, 58)) * 3000  # 30000 bytes of digits
r = _io.BufferedReader(Raw(data), 16)
show('peek', r.peek)
show('read 5', r.read, 5)
show('read1 3', r.read1, 3)
show('read1 big', lambda: len(r.read1(100)))
show('read 40', lambda: len(r.read(40)))
show('tell', r.tell)
show('seek in buffer', r.seek, 50)
show('seek cur', r.seek, 3, 1)
show('seek far', r.seek, 1000)
show('readline', lambda: len(r.readline()))
show('readline limit', r.readline, 4)
b = bytearray(20)
show('readinto', r.readinto, b)
show('readinto1', r.readinto1, b)
show('read all', lambda: len(r.read()))
show('read at eof', r.read, 5)
show('peek at eof', r.peek)
show('read -2', r.read, -2)
show('read None', r.read, None)
show('seek whence 5', r.seek, 0, 5)
show('write', r.write, b'x')
show('detach', lambda: type(r.detach()).__name__)
show('after detach', r.read)
show('repr after detach', repr, r)

w = _io.BufferedWriter(Raw(), 8)
show('write 3', w.write, b'abc')
show('write 4', w.write, b'defg')
show('write 5 (flushes)', w.write, b'hijkl')
show('write 20 (direct)', w.write, b'x' * 20)
show('tell', w.tell)
show('seek back', w.seek, 2)
show('write over', w.write, b'ZZ')
show('flush', w.flush)
show('raw data', lambda: bytes(w.raw.data[:12]))
show('truncate', w.truncate, 5)
show('seek end', w.seek, 0, 2)
show('write str', w.write, 'str')
show('read', w.read)
w.close()
show('closed write', w.write, b'x')
show('closed flush', w.flush)
show('closed tell', w.tell)

rw = _io.BufferedRandom(Raw(b'0123456789' * 3), 8)
show('read 3', rw.read, 3)
show('write 2', rw.write, b'AB')
show('tell', rw.tell)
show('read 4', rw.read, 4)
show('seek 0', rw.seek, 0)
show('read all', rw.read)
show('write end', rw.write, b'!')
show('flush', rw.flush)
show('data', lambda: bytes(rw.raw.data))
show('peek after write', lambda: (rw.seek(0), rw.write(b'q'), rw.peek()[:4]))

show('not seekable random', _io.BufferedRandom, Raw(seekable=False))
show('size 0', _io.BufferedReader, Raw(), 0)
show('size -1', _io.BufferedWriter, Raw(), -1)

class NotReadable(Raw):
    def readable(self):
        return False

show('not readable', _io.BufferedReader, NotReadable())
show('bad readinto', lambda: _io.BufferedReader(type('R', (Raw,), {'readinto': lambda self, b: len(b) + 1})(b'abc')).read(2))
show('none readinto', lambda: _io.BufferedReader(type('R', (Raw,), {'readinto': lambda self, b: None})(b'abc')).read(2))
show('bad write', lambda: _io.BufferedWriter(type('W', (Raw,), {'write': lambda self, b: -1})()).write(b'x' * 9000))

pair = _io.BufferedRWPair(Raw(b'hello world'), Raw(), 4)
show('pair read', pair.read, 5)
show('pair peek', pair.peek)
show('pair write', pair.write, b'abc')
show('pair flush', pair.flush)
show('pair readable', lambda: (pair.readable(), pair.writable(), pair.closed, pair.isatty()))
show('pair seek', pair.seek, 0)
pair.close()
show('pair closed', lambda: pair.closed)

class MyReader(_io.BufferedReader):
    pass

m = MyReader(Raw(b'line1\nline2\nline3'))
print(repr(m), [l for l in m], m.closed)
print(repr(_io.BufferedWriter(Raw())), repr(_io.BufferedRandom(Raw())))
named = Raw(b'x')
named.name = 'thing'
print(repr(_io.BufferedReader(named)), _io.BufferedReader(named).name)
print(_io.BufferedReader.__mro__, _io.DEFAULT_BUFFER_SIZE)
