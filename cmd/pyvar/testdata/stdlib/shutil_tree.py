# shutil over posix: copying files with their metadata, whole trees
# (with ignore patterns and symlinks), moving, removing trees (the
# dir_fd-based safe rmtree), disk usage, which, and the errors.
import os
import shutil
import stat

base = '/tmp/pyvar-shutil-tree-%010d' % os.getpid()

def listing(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            out.append((os.path.relpath(p, top), os.path.islink(p), os.path.getsize(p)))
    return out

os.makedirs(base + '/src/sub/deep')
for name, text in [('a.txt', 'alpha'), ('b.py', 'print(1)'), ('sub/c.txt', 'charlie'), ('sub/deep/d.log', 'log')]:
    with open(base + '/src/' + name, 'w') as f:
        f.write(text)
os.symlink('a.txt', base + '/src/link')
os.chmod(base + '/src/b.py', 0o750)
os.utime(base + '/src/b.py', (1000000, 2000000))

print(shutil.copyfile(base + '/src/a.txt', base + '/a_copy.txt') == base + '/a_copy.txt')
shutil.copy(base + '/src/b.py', base + '/b_copy.py')
print('copy mode', oct(stat.S_IMODE(os.stat(base + '/b_copy.py').st_mode)), os.stat(base + '/b_copy.py').st_mtime == 2000000)
shutil.copy2(base + '/src/b.py', base + '/b_copy2.py')
print('copy2 times', os.stat(base + '/b_copy2.py').st_mtime, oct(stat.S_IMODE(os.stat(base + '/b_copy2.py').st_mode)))
shutil.copymode(base + '/src/b.py', base + '/a_copy.txt')
shutil.copystat(base + '/src/b.py', base + '/a_copy.txt')
print('copystat', oct(stat.S_IMODE(os.stat(base + '/a_copy.txt').st_mode)), os.stat(base + '/a_copy.txt').st_mtime)
try:
    shutil.copyfile(base + '/src/a.txt', base + '/src/a.txt')
except shutil.SameFileError as e:
    print('SameFileError', str(e).replace(base, 'BASE'))
try:
    shutil.copyfile(base + '/nope', base + '/x')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename.replace(base, 'BASE'))

shutil.copytree(base + '/src', base + '/dst')
print('copytree', listing(base + '/dst'))
shutil.copytree(base + '/src', base + '/dst_links', symlinks=True)
print('symlinks', os.path.islink(base + '/dst_links/link'), os.readlink(base + '/dst_links/link'))
shutil.copytree(base + '/src', base + '/dst_ign', ignore=shutil.ignore_patterns('*.log', '*.py'))
print('ignore', listing(base + '/dst_ign'))
try:
    shutil.copytree(base + '/src', base + '/dst')
except FileExistsError as e:
    print('FileExistsError', e.filename.replace(base, 'BASE'))
shutil.copytree(base + '/src', base + '/dst', dirs_exist_ok=True)

shutil.move(base + '/dst_ign', base + '/moved')
shutil.move(base + '/a_copy.txt', base + '/moved/')
print('move', sorted(os.listdir(base)), sorted(os.listdir(base + '/moved')))

shutil.rmtree(base + '/dst')
print('rmtree', os.path.exists(base + '/dst'))
errors = []
shutil.rmtree(base + '/nope', onerror=lambda f, p, e: errors.append((f.__name__, p.replace(base, 'BASE'), e[0].__name__)))
print('onerror', errors)
shutil.rmtree(base + '/nope', ignore_errors=True)
try:
    shutil.rmtree(base + '/src/link')
except OSError as e:
    print('symlink rmtree', type(e).__name__, e)

total, used, free = shutil.disk_usage(base)
print('disk_usage', total > 0, used >= 0, free >= 0, total >= used)
print('which', shutil.which('sh') is not None, shutil.which('pyvar-no-such-program'),
      shutil.which('sh', path='/nonexistent'))
print(shutil.get_terminal_size((81, 25)))
shutil.rmtree(base)
print('removed', os.path.exists(base))
