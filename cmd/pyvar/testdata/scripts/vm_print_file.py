# print() writes to a Python file object piece by piece (sep, each str(arg),
# end), calls flush() when asked, and is a no-op when sys.stdout is None.
import sys


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


class Bad:
    def __str__(self):
        raise ValueError('no str')


w = W()
print('to custom', 1, file=w)
print('a', 'b', sep='--', end='!', file=w)
print(file=w)
print('x', file=w, flush=True)
print('y', file=w, flush=0)
try:
    print('before', Bad(), 'after', file=w)
except ValueError as e:
    print('caught', e)
print(w.parts)

old = sys.stdout
sys.stdout = w2 = W()
print('via sys.stdout', 2)
sys.stdout = None
print('lost')
sys.stdout = old
print(w2.parts)
try:
    print('p', Bad())
except ValueError as e:
    print()
    print('caught', e)


class NoFlush:
    def write(self, s):
        pass


try:
    print('z', file=NoFlush(), flush=True)
except AttributeError as e:
    print('AttributeError', e)
