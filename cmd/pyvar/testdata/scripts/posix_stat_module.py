# _stat: the constants, the S_IS* tests, S_IMODE/S_IFMT and filemode, with their errors.
import _stat
for n in sorted(dir(_stat)):
    v = getattr(_stat, n)
    if isinstance(v, int): print(n, v)
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
t(_stat.S_ISDIR, 'x'); t(_stat.S_ISDIR, -1); t(_stat.S_ISDIR, 2**40); t(_stat.S_ISDIR, 2**70);t(_stat.S_IMODE, 2**33);t(_stat.S_IMODE, -1)
t(_stat.filemode, 0o170777); t(_stat.filemode, -1); t(_stat.filemode, 2**40); t(_stat.filemode, 'x'); t(_stat.S_ISDIR, 1.5); t(_stat.S_ISDIR)
t(_stat.S_ISDIR, True)
for m in [0o40755, 0o100644, 0o120777, 0o10600, 0o20620, 0o60660, 0o140755, 0o104755, 0o102755, 0o101755, 0o107644, 0o7000, 0o777]:
    print(oct(m), _stat.filemode(m), [f(m) for f in (_stat.S_ISDIR,_stat.S_ISCHR,_stat.S_ISBLK,_stat.S_ISREG,_stat.S_ISFIFO,_stat.S_ISLNK,_stat.S_ISSOCK,_stat.S_ISDOOR,_stat.S_ISPORT,_stat.S_ISWHT)], _stat.S_IMODE(m), _stat.S_IFMT(m))
print(_stat.S_ISDIR.__doc__)
