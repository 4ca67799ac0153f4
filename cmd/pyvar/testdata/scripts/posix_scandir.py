# posix.scandir and DirEntry: names, paths, types without stat, cached
# stats, links, fd-based scandir, bytes paths, the iterator protocol.
import posix

base = '/tmp/pyvar-posix-scandir-%010d' % posix.getpid()

def show(e):
    return (e.name, e.path.replace(base, 'BASE') if isinstance(e.path, str) else e.path.replace(base.encode(), b'BASE'),
            e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))

posix.mkdir(base)
try:
    posix.mkdir(base + '/sub')
    for n in ['a.txt', 'b.py']:
        posix.close(posix.open(base + '/' + n, posix.O_CREAT | posix.O_WRONLY))
    posix.symlink('a.txt', base + '/la')
    posix.symlink('sub', base + '/lsub')
    posix.symlink('missing', base + '/broken')
    with posix.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(show(e), repr(e))
    e = entries[0]
    print(type(e), posix.DirEntry, type(e) is posix.DirEntry, e.__fspath__() == base + '/a.txt')
    st = e.stat()
    print('stat cached', e.stat() is st, e.stat(follow_symlinks=False) is st, st == posix.stat(base + '/a.txt'))
    print('inode', e.inode() == posix.stat(base + '/a.txt').st_ino)
    la = [x for x in entries if x.name == 'la'][0]
    print('link stat', la.stat() == posix.stat(base + '/a.txt'), la.stat(follow_symlinks=False) == posix.lstat(base + '/la'))
    br = [x for x in entries if x.name == 'broken'][0]
    print('broken', br.is_file(), br.is_dir(), br.is_symlink())
    try:
        br.stat()
    except FileNotFoundError as err:
        print('broken stat', err.strerror, err.filename.replace(base, 'BASE'))
    # bytes
    print(sorted(show(e) for e in posix.scandir(base.encode())))
    # entries stay usable after the file goes: is_file answers False
    posix.unlink(base + '/b.py')
    gone = [x for x in entries if x.name == 'b.py'][0]
    print('gone', gone.is_file(), gone.is_dir())
    # fd-based
    fd = posix.open(base, posix.O_RDONLY)
    names = sorted((x.name, x.path, x.is_dir(), x.is_symlink()) for x in posix.scandir(fd))
    print('fd', names, sorted(posix.listdir(fd)))
    posix.close(fd)
    # iterator protocol
    it = posix.scandir(base)
    print(iter(it) is it, type(it))
    n = 0
    for x in it:
        n += 1
    print('count', n, list(it))
    it.close()
    it.close()
    it = posix.scandir(base)
    next(it)
    it.close()
    print('after close', list(it))
    with posix.scandir(base + '/sub') as it:
        print('empty', list(it))
    for bad in [base + '/none', base + '/a.txt', 1.5, 99999]:
        try:
            posix.scandir(bad)
        except Exception as err:
            print(type(err).__name__, str(err).replace(base, 'BASE'))
    try:
        posix.DirEntry()
    except TypeError as err:
        print('TypeError', err)
    try:
        e.stat(True)
    except TypeError as err:
        print('TypeError', err)
    try:
        e.is_dir(follow=True)
    except TypeError as err:
        print('TypeError', err)
    print(posix.DirEntry[str])
finally:
    for n in posix.listdir(base):
        if n != 'sub':
            posix.unlink(base + '/' + n)
    posix.rmdir(base + '/sub')
    posix.rmdir(base)
