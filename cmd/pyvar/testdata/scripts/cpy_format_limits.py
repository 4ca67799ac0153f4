# Widths and precisions too large for a format: CPython's ValueErrors and
# MemoryErrors, never a Go makeslice panic (test_types' test_format_spec_errors).
cases = [
    "format(0, '1'*10000 + 'd')",
    "format(0, '.' + '1'*10000 + 'd')",
    "format(0, '1'*1000 + '.' + '1'*10000 + 'd')",
    "format(0.0, '1'*100 + 'f')",
    "format('', '1'*100)",
    "format(0, '99999999999999999d')",
    "'{:99999999999999999999}'.format(1)",
    "'%99999999999999999999d' % 1",
    "'%.99999999999999999999d' % 1",
    "'%99999999999999999d' % 1",
    "'%*d' % (99999999999999999, 1)",
    "format(1.5, '.99999999999999999f')",
    "'%.99999999999999999f' % 1.5",
    "format(1j, '.99999999999999999f')",
    "len(format(1.5, '.300f'))",
    "format(7, '12d')",
]
for c in cases:
    try:
        print(c[:40], '->', eval(c))
    except (ValueError, MemoryError, OverflowError) as e:
        print(c[:40], '->', type(e).__name__, e)
for code in 'xXobns':
    try:
        format(0, ',' + code)
    except ValueError as e:
        print(code, e)
for spec in (',,', '__', '_,', ',_', ',d', '_x', '_d', ',.2f', '_b'):
    try:
        print(spec, format(1234567, spec))
    except ValueError as e:
        print(spec, e)
