# _posixsubprocess.fork_exec as subprocess drives it: pipes, cwd, env,
# exit codes, the error pipe protocol for a missing program or directory,
# pass_fds.
import _posixsubprocess as ps, posix
def run(args, exes, cwd=None, env=None, close_fds=True, pass_fds=()):
    c2pread, c2pwrite = posix.pipe()
    errread, errwrite = posix.pipe()
    errpipe_read, errpipe_write = posix.pipe()
    pid = ps.fork_exec(args, exes, close_fds, tuple(sorted(tuple(pass_fds) + (errpipe_write,))), cwd, env,
                       -1, -1, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write,
                       True, False, None, None, None, -1, None)
    posix.close(errpipe_write); posix.close(c2pwrite); posix.close(errwrite)
    err = posix.read(errpipe_read, 1000); posix.close(errpipe_read)
    out = b''
    while True:
        chunk = posix.read(c2pread, 1000)
        if not chunk: break
        out += chunk
    e = posix.read(errread, 1000)
    posix.close(c2pread); posix.close(errread)
    if err:
        try:
            posix.waitpid(pid, 0)
        except ChildProcessError:
            pass  # CPython's child ran and exited; pyvar's never ran
        return err, out, e
    _, st = posix.waitpid(pid, 0)
    return posix.waitstatus_to_exitcode(st), out, e
print(run([b'/bin/echo', b'hello', b'world'], [b'/bin/echo']))
print(run([b'sh', b'-c', b'echo $FOO; pwd; echo err >&2; exit 3'], [b'/bin/sh'], cwd=b'/tmp', env=[b'FOO=bar']))
print(run([b'nosuch'], [b'/nonexistent/nosuch', b'/also/no']))
print(run([b'ls'], [b'/bin/ls'], cwd=b'/nonexistent'))
print(run([b'x'], [b'/etc/passwd']))
r, w0 = posix.pipe()
w = posix.dup2(w0, 200)  # inheritable; passed
x = posix.dup2(w0, 201)  # inheritable; not passed, so closed in the child
posix.close(w0)
check = b'for fd in 200 201; do if [ -e /proc/self/fd/$fd ]; then echo $fd open; else echo $fd closed; fi; done'
print(run([b'sh', b'-c', check], [b'/bin/sh'], pass_fds=(w,)))
print(run([b'sh', b'-c', check], [b'/bin/sh'], close_fds=False))
posix.close(w); posix.close(x); posix.close(r)
try:
    ps.fork_exec([b'x'], [b'/bin/true'], True, (), None, None, -1, -1, -1, -1, -1, -1, -1, -1, True, False, None, None, None, -1, print)
except ValueError as e:
    print('ValueError', e)
