# posix.sysconf, pathconf/fpathconf and confstr: names, codes, values, errors.
import posix
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except BaseException as e: print(type(e).__name__, e)
vary = {'SC_CHILD_MAX', 'SC_OPEN_MAX', 'SC_SIGQUEUE_MAX', 'SC_NPROCESSORS_CONF', 'SC_NPROCESSORS_ONLN', 'SC_PHYS_PAGES', 'SC_AVPHYS_PAGES', 'SC_ARG_MAX'}
for name in sorted(posix.sysconf_names):
    try:
        v = posix.sysconf(name)
    except OSError as e:
        v = 'OSError %d' % e.errno
    print(name, posix.sysconf_names[name], '?' if name in vary else v)
print(posix.sysconf('SC_NPROCESSORS_ONLN') >= 1, posix.sysconf('SC_PHYS_PAGES') > posix.sysconf('SC_AVPHYS_PAGES') > 0, posix.sysconf('SC_OPEN_MAX') > 0)
t(posix.sysconf, 'nope'); t(posix.sysconf, 1.5); t(posix.sysconf, 9999); t(posix.sysconf, 30)
for name in sorted(posix.pathconf_names):
    print(name, posix.pathconf_names[name], posix.pathconf('/tmp', name) == posix.fpathconf(posix.open('/tmp', posix.O_RDONLY), name))
print(posix.pathconf('/', 'PC_NAME_MAX'), posix.pathconf('/', 'PC_PATH_MAX'), posix.pathconf('/', 'PC_PIPE_BUF'), posix.pathconf(b'/', 3))
t(posix.pathconf, '/nonexistent', 'PC_NAME_MAX'); t(posix.pathconf, '/', 'nope')
for name in sorted(posix.confstr_names):
    if 'GNU' in name:
        continue
    print(name, posix.confstr_names[name], repr(posix.confstr(name)))
t(posix.confstr, 'nope'); t(posix.confstr, 99999)
