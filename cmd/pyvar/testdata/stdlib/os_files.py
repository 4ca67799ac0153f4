# os and os.path over posix: makedirs, walk and fwalk, scandir, stat,
# renames, links, environ, the path functions, and their errors, in a
# scratch directory of our own.
import os
import stat

base = '/tmp/pyvar-os-files-%010d' % os.getpid()

def rel(p):
    return os.path.relpath(p, base) if isinstance(p, str) else os.path.relpath(p, base.encode())

os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.strerror, rel(e.filename))
for name in ['a/x.txt', 'a/b/y.py', 'a/b/c/z.py', 'top.txt']:
    fd = os.open(os.path.join(base, name), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, name.encode() * 3)
    os.close(fd)
print('walk')
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(' ', rel(root), sorted(dirs), sorted(files))
print('walk bottom-up', [rel(r) for r, d, f in sorted(os.walk(base, topdown=False))])
print('fwalk', sorted((rel(r), sorted(f)) for r, d, f, fd in os.fwalk(base)))
print('walk bytes', sorted(rel(r) for r, d, f in os.walk(base.encode())))
with os.scandir(base + '/a') as it:
    print('scandir', sorted((e.name, e.is_dir(), e.is_file()) for e in it))
st = os.stat(base + '/top.txt')
print('stat', st.st_size, stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode), os.path.getsize(base + '/top.txt'))
print('exists', os.path.exists(base), os.path.isdir(base + '/a'), os.path.isfile(base + '/top.txt'),
      os.path.islink(base), os.path.exists(base + '/nope'), os.path.lexists(base + '/nope'))
os.symlink('top.txt', base + '/link')
print('link', os.path.islink(base + '/link'), os.readlink(base + '/link'), os.path.realpath(base + '/link') == base + '/top.txt',
      os.path.samefile(base + '/link', base + '/top.txt'))
os.renames(base + '/a/b/c/z.py', base + '/n/m/z.py')
print('renames', sorted(os.listdir(base)), os.path.exists(base + '/a/b/c'))
os.replace(base + '/top.txt', base + '/top2.txt')
os.rename(base + '/top2.txt', base + '/top.txt')
os.removedirs(base + '/n/m') if False else None
try:
    os.rmdir(base + '/a')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, rel(e.filename))
try:
    os.remove(base + '/nope')
except FileNotFoundError as e:
    print('FileNotFoundError', rel(e.filename))
os.utime(base + '/top.txt', (1000, 2000))
print('utime', os.stat(base + '/top.txt').st_mtime, os.path.getmtime(base + '/top.txt'), os.path.getatime(base + '/top.txt'))
os.chmod(base + '/top.txt', 0o600)
print('chmod', oct(stat.S_IMODE(os.stat(base + '/top.txt').st_mode)), os.access(base + '/top.txt', os.R_OK))
# environ
key = 'PYVAR_OS_FILES_%d' % os.getpid()
os.environ[key] = 'v1'
print('environ', os.environ[key], os.getenv(key), key in os.environ, os.environb[key.encode()])
os.environ[key] = 'v2'
print(os.getenv(key), os.environ.get(key), os.environ.copy()[key])
del os.environ[key]
print(os.getenv(key), key in os.environ, os.environ.get(key, 'default'))
os.putenv(key, 'x')
os.unsetenv(key)
try:
    os.environ['A=B'] = 'c'
except ValueError as e:
    print('ValueError', e)
# path functions
print(os.path.join('a', 'b', '/c', 'd'), os.path.split('/x/y/z.txt'), os.path.splitext('f.tar.gz'),
      os.path.normpath('/a//b/../c/.'), os.path.abspath('/x/../y'), os.path.basename('/a/b/'), os.path.dirname('/a/b/c'))
print(os.path.commonpath(['/a/b/c', '/a/b/d']), os.path.commonprefix(['abc', 'abd']), os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.expanduser('~root'), os.path.expandvars('$NOPE_PYVAR/x'), os.path.normcase('/A/b'))
print(os.fsencode('é'), ascii(os.fsdecode(b'\xc3\xa9')), ascii(os.fsdecode(b'\xff')), os.fspath(b'x'))
print(os.sep, os.pathsep, os.linesep == '\n', os.name, os.curdir, os.pardir, os.devnull, os.extsep, os.altsep)
print(os.supports_dir_fd >= {os.open, os.stat, os.unlink, os.rmdir}, os.scandir in os.supports_fd,
      os.stat in os.supports_follow_symlinks)
print(os.get_exec_path(env={'PATH': '/bin:/usr/bin'}), os.cpu_count() > 0, type(os.urandom(3)), len(os.urandom(3)))
print(os.getcwd() == os.path.abspath('.'), os.getpid() > 0, os.getppid() > 0, os.uname().sysname)
print(os.strerror(2), os.waitstatus_to_exitcode(256), os.WEXITSTATUS(512))
# cleanup
import shutil
shutil.rmtree(base)
print('removed', os.path.exists(base))
