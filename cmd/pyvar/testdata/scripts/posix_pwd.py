# pwd and grp: lookups by id and name, the struct sequences, the errors.
import pwd, grp
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except BaseException as e: print(type(e).__name__, e)
print([n for n in dir(pwd) if not n.startswith('_')], [n for n in dir(grp) if not n.startswith('_')])
t(pwd.getpwuid, 0); t(pwd.getpwnam, 'root'); t(pwd.getpwuid, 12345); t(pwd.getpwnam, 'nosuch'); t(pwd.getpwuid, 'x'); t(pwd.getpwuid, -1); t(pwd.getpwuid, 2**40); t(pwd.getpwnam, 1); t(pwd.getpwnam, 'a\0b')
t(pwd.getpwuid, True)
print(len(pwd.getpwall()) > 0, type(pwd.getpwall()), pwd.getpwall()[0] == pwd.getpwuid(0))
t(grp.getgrgid, 0); t(grp.getgrnam, 'root'); t(grp.getgrgid, 12345); t(grp.getgrnam, 'nosuch'); t(grp.getgrgid, 'x'); t(grp.getgrgid, 1.5)
t(grp.getgrgid, id=0); t(grp.getgrnam, name='root')
print(pwd.struct_passwd.n_fields, grp.struct_group.n_fields, repr(pwd.struct_passwd), repr(grp.struct_group))
p = pwd.getpwnam('root'); print(p.pw_dir, p[0], p.pw_uid, len(p))
print(len(grp.getgrall()) > 0, grp.getgrall()[0].gr_gid)
