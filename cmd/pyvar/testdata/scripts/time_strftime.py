# time.strftime formats as glibc does in the C locale: every conversion,
# the GNU flags and widths, the E/O modifiers, unknown conversions.
import time

tms = [(5, 1, 3, 4, 5, 6, 0, 3, 0), (-1234, 12, 3, 14, 5, 6, 6, 337, 1),
       (2021, 1, 1, 12, 0, 0, 4, 1, 0), (2008, 12, 29, 0, 0, 0, 0, 364, 0)]
for c in 'aAbBcCdDeFgGhHIjklmMnpPrtTuUVwWxXyYzZ%':
    for fl in ['', '_', '-', '0', '^', '#']:
        for w in ['', '3']:
            f = '%' + fl + w + c
            print(f.ljust(5), ' | '.join(repr(time.strftime(f, t)) for t in tms))
for m in 'EO':
    print(m, ''.join(c for c in 'aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYzZ%'
                     if time.strftime('%' + m + c, tms[2]) != '%' + m + c))
for f in ['%', '%E', '%_', '%5', '%Q', '%5Q', '%+4Y', '%^Ea', '%#Eb', '%99999', '%1000Y'[:5],
          'a%%b%', '%ia', 'x%Oq%Ey', '%^P', '%#p', '%^c', '%10D', '%010a', '%5z', '%_5z', '%-z',
          'é%Y€', '\udc80%d', '']:
    print(repr(f), repr(time.strftime(f, tms[2])))
print(len(time.strftime('%1000Y', tms[2])), repr(time.strftime('%2000Y', tms[2])))
# %Z and %z of a plain tuple, of gmtime's struct_time, of a struct_time with a zone
print(repr(time.strftime('%Z|%z', time.gmtime(0))))
st = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 'ABC', -5 * 3600 - 30 * 60))
print(repr(time.strftime('%Z|%z', st)), repr(time.strftime('%z', (2000, 1, 1, 0, 0, 0, 5, 1, -1))))
# ranges: zeros stand for the lowest value; isdst is clamped
print(time.strftime('%Y-%m-%d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%S', (2020, 1, 1, 0, 0, 61, 0, 1, 0)), time.strftime('%w', (2020, 1, 1, 0, 0, 0, 6, 1, 5)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0, 0, 1), [2020, 1, 1, 0, 0, 0, 0, 1, 0],
            (2020.5, 1, 1, 0, 0, 0, 0, 1, 0), ('a', 1, 1, 0, 0, 0, 0, 1, 0), (2**31, 1, 1, 0, 0, 0, 0, 1, 0),
            (-2**31, 1, 1, 0, 0, 0, 0, 1, 0), 5]:
    try:
        print(time.strftime('%Y', bad))
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), ('a', (1,) * 9, 3), (1,), ('a\0b', (1,) * 9)]:
    try:
        time.strftime(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strftime('%Y', x=1)
except TypeError as e:
    print(e)
try:
    time.strftime('%Y', time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 5, 0)))
except TypeError as e:
    print(e)
