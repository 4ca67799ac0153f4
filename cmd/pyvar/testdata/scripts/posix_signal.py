# _signal: handlers run on the interpreter's thread, raise_signal and
# kill to the process itself, a handler that raises, sleep interrupted by
# an alarm, set_wakeup_fd, SIG_IGN, the constants and the errors.
import _signal, posix, time
print([n for n in ['ItimerError', 'alarm', 'default_int_handler', 'getitimer', 'getsignal', 'pause', 'pthread_kill', 'raise_signal', 'set_wakeup_fd', 'setitimer', 'siginterrupt', 'signal', 'strsignal', 'valid_signals'] if not hasattr(_signal, n)])
print({n: getattr(_signal,n) for n in dir(_signal) if n.isupper() and not n.startswith('SIG_')})
print(_signal.SIG_DFL, _signal.SIG_IGN, _signal.NSIG)
print(_signal.getsignal(2), _signal.getsignal(15), _signal.getsignal(13), _signal.getsignal(17), _signal.getsignal(1))
print(_signal.default_int_handler, _signal.valid_signals() == set(range(1,65)) - {32,33}, len(_signal.valid_signals()))
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except BaseException as e: print(type(e).__name__, e)
t(_signal.signal, 99, _signal.SIG_DFL)
t(_signal.signal, 9, _signal.SIG_IGN)
t(_signal.signal, 2, 5)
t(_signal.signal, 2, None)
t(_signal.getsignal, 0)
t(_signal.strsignal, 2); t(_signal.strsignal, 99); t(_signal.strsignal, 34); t(_signal.strsignal, 0); t(_signal.strsignal, 64); t(_signal.strsignal, 32)
t(_signal.set_wakeup_fd, -1)
t(_signal.set_wakeup_fd, 99999)
t(_signal.default_int_handler, 2, None)
t(_signal.default_int_handler)
t(_signal.alarm, 0)
t(_signal.getitimer, _signal.ITIMER_REAL)
t(_signal.setitimer, _signal.ITIMER_REAL, 0)
t(_signal.siginterrupt, 2, True)
t(_signal.raise_signal, 99)
t(_signal.raise_signal, 0)
print(_signal.ItimerError, _signal.ItimerError.__mro__)
got = []
def h(sig, frame):
    got.append((sig, type(frame).__name__, frame.f_lineno > 0))
print(_signal.signal(_signal.SIGUSR1, h))
_signal.raise_signal(_signal.SIGUSR1)
print('after raise', got)
posix.kill(posix.getpid(), _signal.SIGUSR1)
print('after kill', got)
def boom(sig, frame):
    raise ValueError('from handler %d' % sig)
_signal.signal(_signal.SIGUSR2, boom)
try:
    _signal.raise_signal(_signal.SIGUSR2)
except ValueError as e:
    print('caught', e)
try:
    posix.kill(posix.getpid(), _signal.SIGUSR2)
except ValueError as e:
    print('caught kill', e)
try:
    _signal.setitimer(_signal.ITIMER_REAL, 0.05)
    _signal.signal(_signal.SIGALRM, boom)
    time.sleep(5)
except ValueError as e:
    print('sleep interrupted', e)
r, w = posix.pipe()
posix.set_blocking(w, False)
print(_signal.set_wakeup_fd(w))
_signal.raise_signal(_signal.SIGUSR1)
print(posix.read(r, 10), got[-1][0])
print(_signal.set_wakeup_fd(-1) == w)
try:
    _signal.raise_signal(_signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
_signal.signal(_signal.SIGINT, _signal.SIG_IGN)
_signal.raise_signal(_signal.SIGINT)
print('ignored')
print(_signal.signal(_signal.SIGINT, _signal.default_int_handler))
for s in (_signal.SIGUSR1, _signal.SIGUSR2, _signal.SIGALRM):
    _signal.signal(s, _signal.SIG_DFL)
print(_signal.getsignal(_signal.SIGUSR1))
try:
    raise_ = _signal.raise_signal
    _signal.signal(_signal.SIGUSR1, lambda *a: 1/0)
    raise_(_signal.SIGUSR1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL)
