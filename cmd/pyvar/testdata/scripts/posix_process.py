# posix: the environment, process ids, wait statuses, and the module's
# miscellany (uname, times, urandom, strerror, umask, constants).
import posix

def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(' ', type(e).__name__, e)
        return None
    print(' ', repr(r))
    return r

env = posix.environ
print(type(env), all(type(k) is bytes and type(v) is bytes for k, v in env.items()))
key = 'PYVAR_POSIX_TEST_%d' % posix.getpid()
print(key.encode() in env)
posix.putenv(key, 'value')
posix.putenv(key.encode() + b'_B', b'\xff')
print('putenv does not touch environ', key.encode() in env)
posix.unsetenv(key)
posix.unsetenv(key.encode() + b'_B')
posix.unsetenv(key)
t(posix.putenv, 'a=b', 'c')
t(posix.putenv, '', 'c')
t(posix.putenv, 'a\0', 'c')
t(posix.putenv, 'a', 'c\0')
t(posix.putenv, 1, 'c')
t(posix.unsetenv, 'a=b')
t(posix.unsetenv, '')

for name in ['getpid', 'getppid', 'getuid', 'geteuid', 'getgid', 'getegid', 'getpgrp']:
    v = getattr(posix, name)()
    print(name, type(v).__name__, v >= 0)
print('getpgid', posix.getpgid(0) == posix.getpgrp(), posix.getsid(0) >= 0, type(posix.getgroups()))
t(posix.getpgid, 2**31 - 1)
t(posix.getpid, 1)
t(posix.kill, posix.getpid(), 0)
t(posix.kill, 2**31 - 1, 0)
t(posix.kill, posix.getpid(), 999)
t(posix.kill, 'x', 0)
# Never wait for "any child": the script tests run inside the test process,
# whose other children (CPython reference runs) another test is waiting for.
t(posix.waitpid, 1, posix.WNOHANG)
t(posix.waitpid, 2**31 - 1, 0)
t(posix.wait, 1)

for status in [0, 256, 0x7f00, 9, 0x89, 0x137f, 0xffff, 0x057f]:
    print(status, [getattr(posix, f)(status) for f in ['WIFEXITED', 'WEXITSTATUS', 'WIFSIGNALED', 'WTERMSIG',
                                                          'WCOREDUMP', 'WIFSTOPPED', 'WSTOPSIG', 'WIFCONTINUED']])
    t(posix.waitstatus_to_exitcode, status)
t(posix.waitstatus_to_exitcode, -1)
t(posix.WIFEXITED, 'x')
t(posix.WIFEXITED, status=0)

u = posix.uname()
print(type(u), len(u), u.sysname, u[0] == u.sysname, type(u.release), posix.uname_result.n_fields)
tm = posix.times()
print(type(tm), len(tm), all(isinstance(x, float) for x in tm), tm.user >= 0, tm.elapsed > 0)
print(posix.strerror(2), posix.strerror(0), posix.strerror(1000), posix.strerror(-1))
t(posix.strerror, 'x')
r = posix.urandom(16)
print(type(r), len(r), len(posix.urandom(0)), r != posix.urandom(16))
t(posix.urandom, -1)
old = posix.umask(0o027)
print('umask', oct(posix.umask(old)))
t(posix.umask, 'x')
print('cpu_count', posix.cpu_count() >= 1, len(posix.getloadavg()))
print(posix.error is OSError, posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC,
      posix.O_APPEND, posix.O_NONBLOCK, posix.O_CLOEXEC, posix.O_DIRECTORY, posix.O_NOFOLLOW, posix.O_ACCMODE,
      posix.O_SYNC, posix.O_DSYNC, posix.O_NOCTTY, posix.O_PATH, posix.O_TMPFILE, posix.O_LARGEFILE)
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.WNOHANG, posix.WUNTRACED, posix.WCONTINUED,
      posix.EX_OK, posix.EX_USAGE, posix.SEEK_DATA, posix.SEEK_HOLE, posix.P_PID, posix.P_ALL, posix.PRIO_PROCESS,
      posix.ST_RDONLY, posix.ST_NOSUID, posix.NGROUPS_MAX, posix.TMP_MAX)
print(hasattr(posix, 'SEEK_SET'), all(h in posix._have_functions for h in ['HAVE_FSTATAT', 'HAVE_OPENAT', 'HAVE_UNLINKAT', 'HAVE_FDOPENDIR', 'HAVE_FCHDIR']))
t(posix.register_at_fork)
t(posix.register_at_fork, before=1)
t(posix.register_at_fork, after_in_child=print)
print(posix.device_encoding(-1), type(posix.isatty(0)))
t(posix.get_terminal_size, 99999)
st = posix.stat_result(range(10))
print(st, st.st_atime, st.st_blocks, st.st_mtime_ns)
print(posix.stat_result(range(10), {'st_atime': 2.5, 'st_blocks': 7}).st_atime)
print(posix.terminal_size((80, 24)), posix.terminal_size((80, 24)).lines)
t(posix.terminal_size, (1,))
