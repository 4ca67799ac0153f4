# _string: the format-string parsers string.Formatter drives.
import _string

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', r)

for s in ['', 'abc', '{}', 'a{0}b', '{{', '}}', 'a{{b}}c', '{0!r}', '{0!r:>10}', '{a.b[c]:{w}.{p}}', '{:}', '{!s}', '{0!}',
          '{0!rr}', '{', '}', 'a{0', '{0:{1}', '{[}]}', '{0[}', '{0:}}', 'x{0}}}', '{a!r:{b!s:{c}}}', '{ }', '{0:x}{1}',
          '{{}}', '{!}', 'é{ü}ß', '{0!', '{a{b}', 'end{', '{0:{{}}}', '{]}', 'a}}b{{c']:
    err(lambda: list(_string.formatter_parser(s)))
for s in ['', 'a', '0', '12', 'a.b', 'a[0]', 'a[x]', 'a.b[1].c', 'a[', 'a.', 'a[0]x', '[0]', '.a', 'a..b', 'a[]',
          '0.x', '-1', ' a', 'a[01]', 'a[-1]', '99999999999999999999', 'x[99999999999999999999]', 'é.ü']:
    def f():
        first, rest = _string.formatter_field_name_split(s)
        return first, list(rest)
    err(f)
err(lambda: _string.formatter_parser(1))
err(lambda: _string.formatter_field_name_split(b'x'))
it = _string.formatter_parser('a{b}c')
print(iter(it) is it, next(it), next(it), list(it))
print(_string.__doc__)
