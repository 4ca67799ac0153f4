# syslog: openlog/syslog/setlogmask/closelog (LOG_PERROR echoes to
# stderr, which the test sees), LOG_MASK/LOG_UPTO, constants, errors.
import sys
import syslog

sys.stderr = sys.stdout  # not used by syslog: it writes to fd 2 itself


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: syslog.openlog('myid', syslog.LOG_PERROR))
t(lambda: syslog.syslog('hello'))
t(lambda: syslog.syslog(syslog.LOG_ERR, 'err msg'))
t(lambda: syslog.syslog(syslog.LOG_LOCAL3 | syslog.LOG_NOTICE, 'with facility\n'))
t(lambda: syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_WARNING)))
t(lambda: syslog.syslog(syslog.LOG_DEBUG, 'hidden'))
t(lambda: syslog.syslog(syslog.LOG_ERR, 'shown'))
t(lambda: syslog.setlogmask(0))
t(lambda: syslog.setlogmask(0xff))
for bad in [lambda: syslog.syslog(), lambda: syslog.syslog(1, 2, 3), lambda: syslog.syslog(1),
            lambda: syslog.syslog('a', 'b'), lambda: syslog.openlog(ident=1), lambda: syslog.openlog(logoption='x'),
            lambda: syslog.openlog('a', 0, 0, 1), lambda: syslog.openlog(foo=1), lambda: syslog.LOG_MASK('x'),
            lambda: syslog.LOG_MASK(), lambda: syslog.setlogmask('x'), lambda: syslog.closelog(1),
            lambda: syslog.openlog(None)]:
    t(bad)
print(syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.LOG_UPTO(syslog.LOG_DEBUG))
t(lambda: syslog.closelog())
t(lambda: syslog.closelog())
t(lambda: syslog.openlog(facility=syslog.LOG_DAEMON, logoption=syslog.LOG_PERROR, ident='other'))
t(lambda: syslog.syslog('after reopen'))
t(lambda: syslog.syslog('nul \x00 cut'))
t(lambda: syslog.closelog())
print(sorted(n for n in dir(syslog) if not n.startswith('_')))
print({n: getattr(syslog, n) for n in sorted(dir(syslog)) if n.startswith('LOG_') and isinstance(getattr(syslog, n), int)})
print(syslog.__doc__)
