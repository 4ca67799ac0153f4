# glob and fnmatch over os.scandir: wildcards, character classes,
# recursive **, hidden files, bytes patterns, escape, root_dir and dir_fd.
import fnmatch
import glob
import os

base = '/tmp/pyvar-glob-%010d' % os.getpid()
for d in ['a/b/c', 'a/.hidden', 'x1', 'x2', 'y']:
    os.makedirs(os.path.join(base, d))
for f in ['a/one.py', 'a/two.py', 'a/b/three.py', 'a/b/c/four.txt', 'a/.dot.py', 'x1/f[1].txt', 'y/readme', 'top.py']:
    fd = os.open(os.path.join(base, f), os.O_CREAT | os.O_WRONLY)
    os.close(fd)

def g(pattern, **kw):
    return sorted(os.path.relpath(p, base) if not isinstance(p, bytes) else os.path.relpath(p, base.encode())
                  for p in glob.glob(os.path.join(base, pattern) if not isinstance(pattern, bytes) else os.path.join(base.encode(), pattern), **kw))

print(g('*'))
print(g('a/*.py'))
print(g('x?'))
print(g('x[12]'))
print(g('x[!1]'))
print(g('**/*.py', recursive=True))
print(g('**', recursive=True))
print(g('a/**/', recursive=True))
print(g('**/*.txt'))
print(g('a/.*'))
print(g('x1/' + glob.escape('f[1].txt')))
print(g('x1/f[1].txt'))
print(g(b'a/*.py'))
print(g('nothing*'), g('no/such/dir/*'))
print(sorted(glob.glob('*.py', root_dir=base + '/a')), sorted(glob.glob('**/*.txt', root_dir=base, recursive=True)))
fd = os.open(base, os.O_RDONLY)
print(sorted(glob.glob('a/*', dir_fd=fd)), sorted(glob.glob('*/', root_dir=base)))
os.close(fd)
print(sorted(os.path.basename(p) for p in glob.iglob(base + '/a/b/*')))
print(glob.has_magic('a*'), glob.has_magic('abc'), glob.escape('a*b?[c]'), glob.escape(b'x*'))
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.fnmatchcase('FOO.PY', '*.py'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'),
      fnmatch.translate('a*b?[!c]'))
import shutil
shutil.rmtree(base)
