# sys.stdin, sys.stdout and sys.stderr are _io objects (as CPython makes
# them at startup): their attributes, print() through them and through
# replacements, errors of each stream, input() at EOF.
import sys
import _io


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))


for s in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(s), type(s).__name__, s.encoding, s.mode, s.name, s.fileno(), s.isatty(), s.readable(), s.writable(),
          s is sys.stdin or s.seekable(), type(s.buffer.raw if hasattr(s.buffer, 'raw') else s.buffer).__name__, s.closed)
print(sys.stderr.errors, sys.stdin.errors == sys.stdout.errors, sys.__stdout__ is sys.stdout, sys.__stdin__ is sys.stdin)
print(isinstance(sys.stdout, _io.TextIOWrapper), sys.stdout.newlines, sys.stdin.newlines)
show('write', sys.stdout.write, 'written\n')
show('write bytes', sys.stdout.write, b'x')
show('write none', sys.stdout.write)
show('write two', sys.stdout.write, 'a', 'b')
show('read stdout', sys.stdout.read)
show('write stdin', sys.stdin.write, 'x')
show('tell stdout', sys.stdout.tell)
print('to stderr', file=sys.stderr)
sys.stderr.write('raw stderr\n')
print('stdout again', flush=True)
sys.stdout.flush()
sys.stdout.buffer.write(b'bytes through the buffer\n')
sys.stdout.buffer.flush()
print('after bytes')
print('\u20ac \xe9 \U0001f600')
print('surrogate to stderr: \udcff', file=sys.stderr)
show('stdin read', sys.stdin.read)
show('stdin readline', sys.stdin.readline)
show('stdin lines', list, sys.stdin)
show('input', input, 'prompt> ')
old = sys.stdout
sys.stdout = _io.StringIO()
print('captured', 1, 2, sep='-', end='!')
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
sys.stdout = None
print('dropped')
sys.stdout = old
del sys.stdout
show('lost stdout', print, 'x')
sys.stdout = old


class Shout:
    def __init__(self, f):
        self.f = f

    def write(self, s):
        return self.f.write(s.upper())

    def flush(self):
        self.f.flush()


sys.stdout = Shout(old)
print('through a wrapper', flush=True)
sys.stdout = old
sys.stdout.write = lambda s: old.buffer.write(('[' + s + ']').encode())
print('instance write')
del sys.stdout.write
print('class write again')
show('reconfigure', sys.stdout.reconfigure, line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(line_buffering=False)
show('stdout close twice', lambda: (sys.stdin.close(), sys.stdin.close(), sys.stdin.closed))
show('closed stdin read', sys.stdin.read)
print('end')
