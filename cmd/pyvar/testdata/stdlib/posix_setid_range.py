# The uid/gid arguments of os.setuid and friends and os.chown, converted as
# CPython 3.10's _Py_Uid_Converter does: values no 32-bit id can be raise
# OverflowError before any system call (test_os.PosixUidGidTests), with
# "uid"/"gid" in the messages. Plus the eventfd and memfd_create flags.
import os

def t(f, *a):
    try:
        print('ok', f(*a))
    except Exception as e:
        print(type(e).__name__, e)

for fn in (os.setuid, os.seteuid, os.setgid, os.setegid):
    print(fn.__name__)
    for v in (1 << 32, -2, 2**63 - 1, 2**63, -(1 << 70), 1 << 70, 'a', 1.5):
        t(fn, v)
t(os.setreuid, 1 << 32, 0); t(os.setreuid, 0, -2); t(os.setregid, 0, 1 << 32); t(os.setregid, 'x', 0)
t(os.setresuid, 1 << 32, 0, 0); t(os.setresgid, 0, 0, -5)
t(os.chown, '/nonexistent-pyvar-path', 1 << 32, 0); t(os.chown, '/nonexistent-pyvar-path', 0, 1 << 70)
t(os.chown, '/nonexistent-pyvar-path', 'a', 0); t(os.chown, '/nonexistent-pyvar-path', 0, 2.0)
print(sorted((n, getattr(os, n)) for n in dir(os) if n.startswith(('EFD_', 'MFD_'))))
fd = os.eventfd(3, os.EFD_CLOEXEC | os.EFD_NONBLOCK | os.EFD_SEMAPHORE)
print(os.eventfd_read(fd), os.eventfd_read(fd))
os.close(fd)
fd = os.memfd_create('pyvar', os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
print(os.write(fd, b'memfd'), os.get_inheritable(fd))
os.close(fd)
