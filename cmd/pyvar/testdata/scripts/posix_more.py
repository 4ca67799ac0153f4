# posix: device numbers, priorities, affinity, ids, wait3/wait4, readv/writev, getrandom, memfd,
# eventfd, lockf, posix_fallocate/fadvise, sendfile, mknod, chroot.
import posix
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except BaseException as e: print(type(e).__name__, e)
t(posix.major, 0x801); t(posix.minor, 0x801); t(posix.makedev, 8, 1); t(posix.major, -1); t(posix.makedev, 259, 70000)
print(posix.major(posix.makedev(259, 70000)), posix.minor(posix.makedev(259, 70000)))
print(type(posix.nice(0)), posix.getpriority(posix.PRIO_PROCESS, 0) == posix.nice(0)); t(posix.sched_yield)
print(type(posix.sched_getaffinity(0)), len(posix.sched_getaffinity(0)) >= 1)
print(len(posix.getresuid()), posix.getresuid()[0] == posix.getuid(), posix.getresgid()[1] == posix.getegid())
t(posix.setuid, posix.getuid()); t(posix.seteuid, posix.geteuid()); t(posix.setresgid, -1, -1, -1); t(posix.setuid, 'x')
# Never wait for "any child": the script tests run inside the test process,
# whose other children (CPython reference runs) another test is waiting for.
t(posix.wait3, 0x40000000 | 0x7000); t(posix.wait4, 1, posix.WNOHANG); t(posix.wait4, posix.getpid(), posix.WNOHANG)
r, w = posix.pipe(); t(posix.writev, w, [b'ab', bytearray(b'cd')]); b1 = bytearray(3); b2 = bytearray(3); t(posix.readv, r, [b1, b2]); print(b1, b2)
t(posix.readv, r, [b'x']); t(posix.writev, w, 5)
t(len, posix.getrandom(4)); t(posix.getrandom, -1); t(len, posix.getrandom(3, posix.GRND_NONBLOCK))
fd = posix.memfd_create('x'); print(fd > 0, posix.get_inheritable(fd)); posix.write(fd, b'hello'); posix.lseek(fd, 0, 0); print(posix.read(fd, 10)); posix.close(fd)
e = posix.eventfd(1); t(posix.eventfd_write, e, 2); t(posix.eventfd_read, e); t(posix.eventfd_write, e, -1); posix.close(e)
path = '/tmp/pyvar-more-%010d' % posix.getpid()
fd = posix.open(path, posix.O_RDWR | posix.O_CREAT)
t(posix.lockf, fd, posix.F_LOCK, 0); t(posix.lockf, fd, posix.F_TEST, 0); t(posix.lockf, fd, posix.F_ULOCK, 0); t(posix.lockf, fd, 99, 0)
t(posix.posix_fallocate, fd, 0, 100); print(posix.fstat(fd).st_size); t(posix.posix_fadvise, fd, 0, 0, posix.POSIX_FADV_NORMAL)
src = posix.open(path, posix.O_RDONLY); r2, w2 = posix.pipe(); t(posix.sendfile, w2, src, 0, 10); print(len(posix.read(r2, 100))); t(posix.sendfile, w2, src, None, 5)
for x in (src, r2, w2, fd, r, w): posix.close(x)
posix.unlink(path)
t(posix.mknod, path + 'fifo', 0o600 | 0o010000); print(oct(posix.stat(path + 'fifo').st_mode)); posix.unlink(path + 'fifo')
t(posix.chroot, '/nonexistent-dir')
