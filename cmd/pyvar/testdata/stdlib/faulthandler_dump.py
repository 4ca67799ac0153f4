# faulthandler's dumps: format, frames, the watchdog, user signals, the
# fatal-signal handler in a child process, and the argument errors.
import faulthandler, os, re, signal, subprocess, sys, time


def capture(fn):
    """Run fn(fd) with the write end of a pipe; return what it wrote."""
    r, w = os.pipe()
    try:
        fn(w)
    finally:
        os.close(w)
    with os.fdopen(r) as f:
        return re.sub(r'0x[0-9a-f]{16}', '0xID', f.read())


def spin(seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline: pass


class Walker:
    def method(self, fd):
        return [faulthandler.dump_traceback(fd, all_threads=False) for _ in (1,)]


def gen(fd):
    yield faulthandler.dump_traceback(fd)


def outer(fd):
    f = lambda: Walker().method(fd)
    return f()


print(capture(outer), end='')
print(capture(lambda fd: next(gen(fd))), end='')
print(capture(lambda fd: faulthandler.dump_traceback(fd, True)), end='')


class Flushing:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def flush(self):
        print('flush called')
        raise OSError('ignored')


print(capture(lambda fd: faulthandler.dump_traceback(Flushing(fd), all_threads=False)), end='')

# The watchdog: one dump, then repeated dumps, then a cancelled one.
out = capture(lambda fd: (faulthandler.dump_traceback_later(0.05, file=fd), spin(1.5)))
print(out, end='')
out = capture(lambda fd: (faulthandler.dump_traceback_later(0.05, repeat=True, file=fd), spin(1.0),
                          faulthandler.cancel_dump_traceback_later()))
print('repeated:', out.count('Timeout (0:00:00.050000)!') >= 2, out.count('Timeout') == out.count('Thread 0xID (most recent call first):'))
out = capture(lambda fd: (faulthandler.dump_traceback_later(0.1, file=fd),
                          faulthandler.cancel_dump_traceback_later(), spin(0.3)))
print('cancelled:', repr(out))

# A user signal sent to the process itself is dumped before kill returns.
def user(fd):
    faulthandler.register(signal.SIGUSR1, file=fd, all_threads=False)
    os.kill(os.getpid(), signal.SIGUSR1); spin(0.3)
    print('unregister:', faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1))
out = capture(user)
print(out, end='')

print(faulthandler.is_enabled(), faulthandler.disable())
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled())

for call in [lambda: faulthandler.dump_traceback_later(0),
             lambda: faulthandler.dump_traceback_later(-0.5),
             lambda: faulthandler.dump_traceback_later(1e100),
             lambda: faulthandler.dump_traceback_later(float('nan')),
             lambda: faulthandler.dump_traceback_later('1'),
             lambda: faulthandler.dump_traceback(-1),
             lambda: faulthandler.dump_traceback(None.__class__),
             lambda: faulthandler.dump_traceback(1, 1.5),
             lambda: faulthandler.dump_traceback(1, 2, 3),
             lambda: faulthandler.enable(files=1),
             lambda: faulthandler.register(),
             lambda: faulthandler.register(signal.SIGSEGV),
             lambda: faulthandler.register(signal.SIGFPE),
             lambda: faulthandler.register(0),
             lambda: faulthandler.register(1000),
             lambda: faulthandler.unregister(-3),
             lambda: faulthandler.disable(1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# In a child: the watchdog ends the process, and a fatal signal is dumped
# before the process dies of it.
CHILDREN = [
    'import faulthandler, time\nfaulthandler.dump_traceback_later(0.1, exit=True)\ntime.sleep(5)\nprint("not reached")',
    'import faulthandler\nfaulthandler.enable(all_threads=False)\ndef crash():\n    faulthandler._sigsegv()\ncrash()',
    'import faulthandler\nfaulthandler.enable()\nfaulthandler.disable()\nfaulthandler._sigabrt()',
]
# (Under go test, sys.executable is the test binary: PYVAR_TEST_AS_MAIN
# makes it pyvar.)
env = dict(os.environ, PYVAR_TEST_AS_MAIN='1')
for src in CHILDREN:
    p = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True, env=env)
    print(p.returncode, repr(p.stdout), re.sub(r'0x[0-9a-f]{16}', '0xID', p.stderr).splitlines())
