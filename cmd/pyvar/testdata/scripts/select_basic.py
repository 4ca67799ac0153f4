# select: select() over poll(2), poll objects, epoll objects, their
# results and errors.
import select, posix
def name(x):
    if isinstance(x, int) and not isinstance(x, bool):
        return {rfd: 'R', wfd: 'W'}.get(x, x)
    if isinstance(x, (list, tuple)):
        return type(x)(name(y) for y in x)
    return x
def t(f, *a, **k):
    try: r = f(*a, **k)
    except BaseException as e: print(type(e).__name__, e); return
    print(repr(name(r)))
print([n for n in dir(select) if not n.startswith('__')])
print({n: getattr(select, n) for n in dir(select) if n.isupper()})
r0, w0 = posix.pipe()
rfd, wfd = posix.dup2(r0, 200, False), posix.dup2(w0, 201, False)
posix.close(r0); posix.close(w0)
t(select.select, [rfd], [wfd], [], 0)
t(select.select, [rfd], [wfd], [], 'x')
t(select.select, [rfd], [wfd], [], -1)
t(select.select, [rfd], [wfd], [], float('nan'))
t(select.select, [rfd], [wfd], [], 1e300)
t(select.select, [2000], [], [], 0)
closed = posix.dup(rfd); posix.close(closed)
t(select.select, [closed], [], [], 0)
t(select.select, ['x'], [], [], 0)
t(select.select, [-1], [], [], 0)
t(select.select, 5, [], [], 0)
t(select.select, [], [])
t(select.select, [], [], [], 0.01)
class F:
  def __init__(s, fd): s.fd = fd
  def fileno(s): return s.fd
  def __repr__(s): return 'F(%r)' % name(s.fd)
t(select.select, [F(rfd)], [F(wfd)], [], 0)
t(select.select, [F('x')], [], [], 0)
t(select.select, (rfd,), [wfd], [], 0)
posix.write(wfd, b'x')
t(select.select, [rfd, F(rfd)], [], [rfd], None)
p = select.poll()
print(type(p))
t(p.register, rfd); t(p.register, wfd, select.POLLOUT); t(p.poll, 0); t(p.poll, None); t(p.poll, 'x'); t(p.poll, -5)
t(p.modify, 999, 1); t(p.unregister, 999); t(p.unregister, wfd); t(p.poll, 0); t(p.register, 'x'); t(p.register, -1); t(p.poll, 0)
posix.read(rfd, 10); t(p.poll, 10); t(p.poll, 1.5); t(p.poll, 2**70)
p.register(999); t(p.poll, 0); p.unregister(999)
e = select.epoll(); print(e.closed, e.fileno() > 0)
t(e.register, rfd, select.EPOLLIN); t(e.register, rfd); t(e.poll, 0); t(e.poll, 0.01); t(e.modify, rfd, select.EPOLLOUT); t(e.poll, 0.01); t(e.unregister, rfd); t(e.unregister, rfd); t(e.modify, 999, 1)
t(e.poll, 0, 0); t(e.poll, 'x')
e.register(wfd, select.EPOLLOUT)
t(e.poll, -5); t(e.poll, -1.0, 5); t(e.poll, None, -1); t(e.poll, timeout=0, maxevents=1); t(e.poll, 0.0001)
e.close(); print(e.closed); t(e.poll); t(e.fileno); t(e.register, rfd); t(e.close)
with select.epoll() as e2: print(e2.closed)
print(e2.closed)
t(select.epoll, -1, 5)
t(select.epoll, sizehint=0)
t(select.epoll, sizehint=-2)
t(select.epoll, 'x')
print(select.error, select.epoll.__name__, type(p).__name__, repr(type(p)), select.epoll)
t(select.poll, 1)
t(p.register)
t(p.poll, 1, 2)
t(p.register, rfd, 'x')
t(p.register, rfd, -1)
t(p.register, rfd, 2**20)
t(select.epoll().register, rfd, 'x')
t(select.poll().poll, 0)
print(type(select.epoll.fromfd(posix.dup(rfd))))
try:
    class E(select.epoll): pass
except TypeError as err:
    print(err)
posix.close(rfd); posix.close(wfd)
