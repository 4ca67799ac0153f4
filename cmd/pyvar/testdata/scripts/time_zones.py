# time in named and POSIX-rule zones set through $TZ and tzset():
# localtime, mktime with tm_isdst, the zone variables, ctime, %Z/%z,
# zones before 1970 and past 2038. TZ is restored at the end.
import posix
import time

old = posix.environ.get(b'TZ')

def tz(name):
    posix.putenv('TZ', name)
    time.tzset()

try:
    for name in ['America/New_York', 'Europe/Paris', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Tokyo',
                 'UTC', '', 'EST+05EDT,M3.2.0,M11.1.0', 'CET-1CEST,M3.5.0,M10.5.0/3', 'NZST-12NZDT-13,M9.5.0,M4.1.0/3',
                 '<+0330>-3:30', 'XYZ-3', 'Foo', ':Asia/Kolkata', '/usr/share/zoneinfo/Europe/Berlin', 'Etc/GMT+3']:
        tz(name)
        print(repr(name), time.timezone, time.altzone, time.daylight, time.tzname)
        for secs in [0, 1600000000, -1000000000, 2200000000, 1710054000]:
            lt = time.localtime(secs)
            print('   ', secs, tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == secs, time.strftime('%Z %z', lt),
                  time.ctime(secs))
        for tup in [(2020, 7, 1, 12, 0, 0, 0, 0, -1), (2020, 7, 1, 12, 0, 0, 0, 0, 0), (2020, 7, 1, 12, 0, 0, 0, 0, 1),
                    (2020, 1, 1, 12, 0, 0, 0, 0, 0), (2020, 1, 1, 12, 0, 0, 0, 0, 1), (2020, 14, 40, 25, 61, 61, 0, 0, -1),
                    (1950, 7, 1, 12, 0, 0, 0, 0, 1)]:
            try:
                z = time.strftime('%Z|%z', tup)
            except ValueError as e:
                z = 'ValueError: %s' % e
            print('   ', tup, time.mktime(tup), z)
finally:
    if old is None:
        posix.unsetenv('TZ')
    else:
        posix.putenv(b'TZ', old)
    time.tzset()
