# threading on one thread: Lock, RLock, Condition, Event, Semaphore and
# BoundedSemaphore with timeouts, local data, the thread objects that
# exist without starting any, and the errors.
import threading
import time

lock = threading.Lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print('with', lock.locked())
print(lock.locked())

rlock = threading.RLock()
with rlock:
    with rlock:
        print('rlock nested', rlock._is_owned())
print(repr(rlock).split(' owner')[0].split(' object')[0])
try:
    rlock.release()
except RuntimeError as e:
    print('RuntimeError', e)

cond = threading.Condition()
with cond:
    t0 = time.monotonic()
    print('wait', cond.wait(0.05), time.monotonic() - t0 >= 0.04)
    print('wait_for', cond.wait_for(lambda: True), cond.wait_for(lambda: False, timeout=0.01))
    cond.notify()
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cond.wait(0)
except RuntimeError as e:
    print('RuntimeError', e)

ev = threading.Event()
print('event', ev.is_set(), ev.wait(0.01), ev.set(), ev.is_set(), ev.wait(), ev.clear(), ev.is_set())

sem = threading.Semaphore(2)
print('semaphore', sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01), sem.acquire(blocking=False))
sem.release(2)
print(sem.acquire(), sem.acquire())
try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError', e)

loc = threading.local()
loc.x = 1
print('local', loc.x, getattr(loc, 'y', None))
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
print(MyLocal(5).v)

cur = threading.current_thread()
print(cur.name, cur is threading.main_thread(), cur.daemon, cur.is_alive(), threading.active_count(),
      [t.name for t in threading.enumerate()], cur.ident == threading.get_ident(), type(threading.get_native_id()))
t = threading.Thread(target=print, name='worker', args=(1,))
print(t.name, t.is_alive(), t.ident, t.daemon, repr(t).split(' ')[0])
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError', e)
print(threading.TIMEOUT_MAX > 0, threading.stack_size(), threading.ThreadError is RuntimeError)
b = threading.Barrier(1)
print('barrier', b.wait(), b.parties, b.n_waiting, b.broken)
try:
    threading.Barrier(2).wait(0.01)
except threading.BrokenBarrierError:
    print('BrokenBarrierError')
timer = threading.Timer(10, print)
timer.cancel()
print('timer', timer.is_alive(), timer.finished.is_set())
