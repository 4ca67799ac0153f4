def t(expr):
    try:
        r = eval(expr)
        print(expr, "=", repr(r))
    except Exception as e:
        print(expr, "!", type(e).__name__, e)
for e in [
 "'%5s|%-5s|%.2s' % ('ab', 'cd', 'xyz')", "'%+d % d %05d' % (5, 5, -5)", "'%#x %#o %X' % (255, 8, 255)", "'%g %G %e' % (1e-5, 1e20, 0.0)",
 "'%r %a' % ('é', 'é')", "'%s' % None", "'%s' % [1]", "'%(x)s %(x)r' % {'x': 'q'}", "'%*d' % (5, 1)", "'%.*f' % (2, 3.14159)", "'%d' % 3.9", "'%i' % True",
 "'%c%c' % ('a', 98)", "'%' % ()", "'%z' % 1", "'%s %s' % (1,)", "'%d' % '1'", "'%(a)s' % 1", "'%s' % {'a': 1}", "'abc' % ()", "'abc' % 5",
 "'{:,.2f}'.format(1234567.891)", "'{:e}'.format(0.000123)", "'{:.3g}'.format(1234.5)", "'{:g}'.format(1e-7)", "'{:%}'.format(0.25)", "'{:.0%}'.format(0.255)",
 "'{:+.1f}'.format(-0.04)", "'{:=+8.2f}'.format(3.1)", "'{:*^9}'.format('mid')", "'{:#b}'.format(5)", "'{:c}'.format(9731)", "'{:n}'.format(1234)", "'{:x}'.format(-255)",
 "'{:10}'.format(1)", "'{:10}'.format('s')", "'{:<10}'.format(1.5)", "'{:.2}'.format('abc')", "'{:>{w}}'.format('r', w=4)", "'{0!s:>4}'.format(1)", "'{a[b]}'.format(a={'b': 7})",
 "'{}{}'.format(1)", "'{0}{}'.format(1, 2)", "'{:s}'.format(1)", "'{:d}'.format(1.5)", "'{:.2f}'.format('x')", "'{!x}'.format(1)", "'{0:{1}}'.format(3, '>5')", "'{{}}'.format()", "'}'.format()",
 "format(1.0)", "format(1e16)", "format(1.5e-5)", "str(1e16)", "repr(1e-5)", "str(0.1)", "repr(1/3)", "str(123456789012345678.0)", "format(float('nan'), '.2f')", "format(float('-inf'), '>6')", "format(2**0.5, '.15g')",
 "format(12345, '_')", "format(12345.678, '_.1f')", "format(-0.0, '.1f')", "format(True, 'd')", "format(True)", "format(None)", "format(None, 'x')", "format(3+4j)", "format((1+2j), '.1f')",
 "'a b'.title()", "\"they're bill's\".title()", "'ǅx'.lower()", "'ß'.upper()", "'ﬁ'.upper()", "'İ'.lower()", "'ΣΑΣ'.lower()", "'abc'.center(6)", "'abc'.center(7, '-')", "'x'.center(2, 'ab')",
 "'  a\\tb\\n'.split(' ')", "'a\\x1cb'.split()", "'a b'.split(None, 0)", "' a b '.rsplit(None, 1)", "'aXbXc'.rsplit('X', 1)", "'a'.split('')", "'abcabc'.rfind('c', 0, 5)", "'abc'.find('', 5)", "'abc'.find('', 3)",
 "'hello'.index('l', -2)", "'ab'.startswith('', 3)", "'ab'.startswith('', 2)", "'abc'.endswith(('x', 'c'), 0, 3)", "'\\u00e9'.encode('latin-1')", "'é'.encode('ascii', 'replace')", "'é'.encode('ascii', 'ignore')", "'é'.encode('ascii', 'xmlcharrefreplace')", "'é'.encode('ascii', 'backslashreplace')",
 "b'\\xe9'.decode('latin-1')", "b'\\xff'.decode('utf-8', 'replace')", "b'\\xff'.decode('utf-8', 'ignore')", "b'a'.decode('nope')", "str(b'\\xff', 'utf-8', 'strict')", "'abc'.encode('utf-16')", "'abc'.encode('utf-32-le')",
 "chr(0x10FFFF)", "len('😀')", "'😀'.encode()", "'a😀b'[1]", "'e\\u0301'", "'\\x7f\\x80\\xa0\\xad'", "'\\u200b\\u2028\\ufeff'", "'\\U0001F600'", "'\\N{LATIN SMALL LETTER E WITH ACUTE}'", "ascii('😀')",
 "str.join('-', 'abc')", "str(str)", "'a'.__add__(1)", "'a'.__mul__(3)", "'a' < 'B'", "'a' * -1", "'abc'[1:2:0]", "'abc'[None:None:-1]", "'a'.zfill(-1)",
 "'%.3s|%5.1s' % ('abcdef', 'xyz')", "'%-08.3f|' % 3.14159", "'%08.3e' % 31415.9", "'%#.0f' % 3", "'%x' % 3.0", "'%c' % 'ab'", "'%c' % 0x110000",
]:
    t(e)
