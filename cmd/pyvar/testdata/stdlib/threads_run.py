# Threads run Python code under the execution lock: each has its own
# frames, exception state and thread-local data; locks, conditions, queues,
# events and pools hand work between them; join waits; a thread's uncaught
# exception goes to threading.excepthook; daemon threads do not hold the
# exit up.
import sys
import threading
import queue
import time
from concurrent.futures import ThreadPoolExecutor

main_ident = threading.get_ident()

results = []
def work(n):
    s = 0
    for i in range(n):
        s += i * i
    results.append((threading.current_thread().name, s, threading.get_ident() != main_ident))
ts = [threading.Thread(target=work, args=(30000,), name="w%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print(threading.active_count(), [t.is_alive() for t in ts])

# A counter under a lock, with switches forced by a tiny interval.
sys.setswitchinterval(1e-5)
lock = threading.Lock()
count = 0
def inc():
    global count
    for _ in range(5000):
        with lock:
            count += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count)

# Producer and consumer through a queue; a condition.
q = queue.Queue(maxsize=3)
got = []
def produce():
    for i in range(20):
        q.put(i)
    q.put(None)
def consume():
    while (x := q.get()) is not None:
        got.append(x)
c = threading.Thread(target=consume)
p = threading.Thread(target=produce)
c.start(); p.start(); p.join(); c.join()
print(got == list(range(20)))

cond = threading.Condition()
ready = []
def waiter(i):
    with cond:
        cond.wait_for(lambda: ready)
        ready.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.01)
with cond:
    ready.append("go")
    cond.notify_all()
for w in ws:
    w.join()
print(ready[0], sorted(ready[1:]))

# Each thread has its own exception being handled and its own locals.
local = threading.local()
local.name = "main"
seen = []
def own_state(tag):
    local.name = tag
    try:
        raise KeyError(tag)
    except KeyError:
        time.sleep(0.005)
        seen.append((tag, sys.exc_info()[1].args[0], local.name))
try:
    raise ValueError("main's")
except ValueError:
    ts = [threading.Thread(target=own_state, args=(t,)) for t in "xyz"]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sys.exc_info()[1], local.name, sorted(seen))

# Uncaught exceptions in a thread reach threading.excepthook.
hooked = []
threading.excepthook = lambda args: hooked.append((args.exc_type.__name__, args.thread.name))
t = threading.Thread(target=lambda: 1 / 0, name="failing")
t.start(); t.join()
print(hooked)
threading.excepthook = threading.__excepthook__

# A pool, an event set by a timer, current frames.
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x * x, range(8))))
ev = threading.Event()
threading.Timer(0.01, ev.set).start()
print(ev.wait(5))
print(main_ident in sys._current_frames(), threading.main_thread() is threading.current_thread())

# A daemon thread blocked forever does not keep the program from exiting.
forever = threading.Lock()
forever.acquire()
threading.Thread(target=forever.acquire, daemon=True).start()
print("done")
