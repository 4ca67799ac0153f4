# The time module without the local zone: clocks, sleep, gmtime,
# struct_time, asctime, and their errors.
import time

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

names = ['time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns',
         'process_time', 'process_time_ns', 'thread_time', 'thread_time_ns']
for n in names:
    v = getattr(time, n)()
    print(n, type(v).__name__, v > 0)
a, b = time.monotonic(), time.monotonic()
print('monotonic', a <= b, time.monotonic_ns() >= int(a * 1e9) - 1000)
c, d = time.perf_counter_ns(), time.perf_counter_ns()
print('perf_counter_ns', c <= d)
w0 = time.time()
print('time', abs(time.time_ns() / 1e9 - w0) < 5, w0 > 1.6e9)
p0 = time.process_time()
x = 0
for i in range(200000):
    x += i
p1 = time.process_time()
print('process_time advances on work', p1 > p0)
s0 = time.monotonic()
time.sleep(0.02)
time.sleep(0)
time.sleep(1e-9)
print('slept', time.monotonic() - s0 >= 0.019)
for c in ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW', 'CLOCK_PROCESS_CPUTIME_ID',
          'CLOCK_THREAD_CPUTIME_ID', 'CLOCK_BOOTTIME', 'CLOCK_TAI']:
    print(c, getattr(time, c))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5,
      type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__, time.clock_getres(time.CLOCK_MONOTONIC))
print(time._STRUCT_TM_ITEMS, time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields, time.struct_time.__match_args__)

for s in [0, 1, -1, -1.5, 1.99, True, 10**10, 1e15, -1e15, 951782400, 2**31, -2**31 - 1]:
    g = time.gmtime(s)
    print(s, g, g.tm_zone, g.tm_gmtoff, time.asctime(g))
g = time.gmtime(1234567890)
print(len(g), g[0], g[-1], g[:3], list(g), g.tm_yday, tuple(g) == g, g == time.gmtime(1234567890.5))
y, m, *rest = g
print(y, m, rest)
print(g.__reduce__())
print(time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)), time.struct_time([1] * 11).tm_zone)
print(type(time.gmtime(None)), len(time.gmtime()), time.gmtime(None).tm_zone)
for bad in [1e20, 1e18, float('nan'), float('inf'), 'x', 2**70, -2**63]:
    t(time.gmtime, bad)
t(time.gmtime, 1, 2)
t(time.gmtime, x=1)
try:
    g.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    g.foo = 5
except AttributeError as e:
    print('AttributeError', e)
for args in [(1,), ((1, 2),), ([1] * 12,)]:
    t(time.struct_time, *args)
t(time.struct_time)
t(time.struct_time, [1] * 9, 5)

print(time.asctime((1999, 12, 31, 13, 5, 6, 4, 365, 0)), time.asctime((99999, 1, 1, 0, 0, 0, 0, 1, 0)),
      time.asctime((-5, 2, 29, 23, 59, 60, 6, 60, -1)))
t(time.asctime, (1999, 12, 31, 13, 5, 6, 7, 365, 0))
t(time.asctime, ())
t(time.asctime, 1, 2)
t(time.asctime, (2000, 13, 1, 0, 0, 0, 0, 1, 0))

t(time.sleep, 'a')
t(time.sleep, -1)
t(time.sleep, -0.5)
t(time.sleep, float('nan'))
t(time.sleep, 1e300)
t(time.sleep, 10**30)
t(time.sleep, None)
t(time.sleep)
t(time.sleep, 1, 2)
t(time.sleep, x=1)
t(time.time, 1)
t(time.monotonic_ns, x=1)
t(time.clock_gettime)
t(time.clock_gettime, 99)
t(time.clock_gettime, 'x')
t(time.clock_getres, 1, 2)
t(time.clock_settime, 0)
t(time.tzset, 1)
t(time.mktime)
t(time.mktime, 5)
t(time.mktime, (1,) * 8)
t(time.mktime, (2**40, 1, 1, 0, 0, 0, 0, 0, 0))
t(time.get_clock_info, 1)
t(time.get_clock_info, 'time', 2)
t(time.get_clock_info, 'nope')
for name in ['time', 'monotonic', 'perf_counter', 'process_time']:
    info = time.get_clock_info(name)
    print(name, info, type(info).__name__, info.monotonic, info.adjustable)
