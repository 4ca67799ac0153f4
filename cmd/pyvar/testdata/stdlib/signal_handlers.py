# signal over _signal: the Signals/Handlers enums, handlers that run on
# raise_signal and os.kill to ourselves, a handler that raises out of
# time.sleep, SIG_IGN, setitimer, strsignal and valid_signals.
import os
import signal
import time

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(10), signal.Handlers.SIG_IGN, signal.SIG_DFL == 0)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGUSR1))
got = []
def handler(signum, frame):
    got.append((signal.Signals(signum).name, frame.f_code.co_name))
old = signal.signal(signal.SIGUSR1, handler)
print('old', old)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
def inner():
    signal.raise_signal(signal.SIGUSR1)
inner()
print(got)
class Alarm(Exception):
    pass
def on_alarm(signum, frame):
    raise Alarm(signal.strsignal(signum))
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(10)
except Alarm as e:
    print('Alarm', e)
print(signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print('ignored', signal.getsignal(signal.SIGUSR2))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
for s in (signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM):
    signal.signal(s, signal.SIG_DFL)
print(sorted(signal.valid_signals())[:5], len(signal.valid_signals()), signal.NSIG)
print(signal.strsignal(signal.SIGKILL), signal.strsignal(signal.SIGRTMIN), signal.SIGRTMAX)
for bad in [(99, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_IGN), (signal.SIGUSR1, 5), (signal.SIGUSR1, None)]:
    try:
        signal.signal(*bad)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.ItimerError.__mro__[1], signal.alarm(0))
