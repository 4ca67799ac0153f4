# _thread on one thread: locks (blocking, timeouts, errors), RLock owners
# and counts, _local, stack_size, interrupt_main, _excepthook.
import _thread
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except BaseException as e: print(type(e).__name__, e)
print(_thread.TIMEOUT_MAX, _thread.LockType, _thread.RLock, _thread._local, _thread.error, _thread._ExceptHookArgs)
l = _thread.allocate_lock(); print(repr(l)); l.acquire(); print(repr(l))
r = _thread.RLock(); print(repr(r).replace(str(_thread.get_ident()), 'ME')); r.acquire(); r.acquire(); print(repr(r).replace(str(_thread.get_ident()), 'ME'), r._is_owned())
print([n for n in dir(l) if not n.startswith('__')], [n for n in dir(r) if not n.startswith('__')])
l2 = _thread.allocate_lock()
t(l2.acquire, timeout=0.01)
t(l2.acquire, False, 1)
t(l2.acquire, blocking=False, timeout=1)
t(l2.acquire, timeout=-2)
t(l2.acquire, timeout=1e100)
t(l2.acquire, 1, 2, 3)
t(l2.release); t(l2.release)
t(l.acquire, False); t(l.acquire, timeout=0.01); t(l.locked)
t(_thread.RLock().release)
print(_thread.get_ident() == _thread.get_ident(), _thread.get_native_id() > 0, _thread._count())
t(_thread.stack_size); t(_thread.stack_size, 1000); t(_thread.stack_size, 100000); t(_thread.stack_size); t(_thread.stack_size, 0); t(_thread.stack_size, -1)
print(repr(_thread._set_sentinel()))
print(_thread.LockType.__name__, _thread.LockType.__module__, _thread.RLock.__module__)
t(_thread.LockType)
t(_thread.RLock, 1)
t(_thread.RLock, x=1)
loc = _thread._local(); loc.x = 1; print(loc.x, type(loc), loc.__dict__)
t(_thread._local, 1)
class L(_thread._local):
    def __init__(self, a): self.a = a
print(L(3).a)
l2 = _thread.allocate_lock()
t(l2.__enter__); t(l2.__exit__, None, None, None); t(l2.locked); t(l2.__exit__, 1,2,3)
l2.acquire(); t(l2._at_fork_reinit); t(l2.locked)
print(_thread._excepthook, _thread._ExceptHookArgs.n_fields, _thread._ExceptHookArgs.__match_args__)
t(_thread.exit)
r = _thread.RLock()
t(r._release_save)
r.acquire(); st = r._release_save(); print(st[0], st[1] == _thread.get_ident(), r._is_owned()); t(r._acquire_restore, (2, _thread.get_ident())); print(repr(r).split(' at ')[0].replace(str(_thread.get_ident()), 'ME'))
t(r.release); t(r.release); t(r.release)
t(r.__exit__, None, None, None)
t(_thread.interrupt_main, 999)
t(r.acquire, 1, 2, 3)
t(r.acquire, blocking=False)
t(r._acquire_restore, 5)
try:
    _thread.interrupt_main()
except KeyboardInterrupt: print('KI')
print('after')
for i in range(3): pass
print('after2')
with _thread.allocate_lock() as x:
    print(x)
with _thread.RLock() as x:
    print(x)
class R(_thread.RLock): pass
print(repr(R()).split(' at ')[0])
print(_thread.get_ident() == _thread.get_ident(), type(_thread.get_native_id()))
t(_thread.start_new_thread, 1, ())
import sys
try:
    raise ValueError('boom')
except ValueError as e:
    err = e
    args = _thread._ExceptHookArgs((type(e), e, e.__traceback__, None))
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
old = sys.stderr
sys.stderr = W()
try:
    _thread._excepthook(args)
    _thread._excepthook(_thread._ExceptHookArgs((type(err), err, err.__traceback__, type('T', (), {'name': 'worker'})())))
finally:
    out, sys.stderr = sys.stderr, old
text = ''.join(out.parts)
print(text.count('Exception in thread'), 'Exception in thread worker:' in text, text.count('ValueError: boom'))
t(_thread._excepthook, 5)
t(_thread._excepthook, _thread._ExceptHookArgs((SystemExit, SystemExit(), None, None)))
