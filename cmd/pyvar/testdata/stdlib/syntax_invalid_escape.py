# Invalid escape sequences in str, bytes and f-string literals: CPython 3.10's
# DeprecationWarning at the literal's first line, a SyntaxError at the literal
# under an error filter; raw literals and valid escapes are quiet.
import warnings
srcs = [r"'\d'", r"b'\d'", r"'\{'", r"f'\{6*7}'", r"f'\d{1}\q'", r"'\u0041\w'", r"b'\u0041'",
        r"'ok\n\t\x41\101\N{DIGIT ONE}'", r"r'\d'", r"rb'\d'", r"'a' '\z'", "'\\\n'", r"'''x" + "\n" + r"\p'''",
        r"f'{1}\e'", r"'\8'", r"'\é'"]
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            v = eval(src)
        except SyntaxError as e:
            v = 'SyntaxError'
    print(repr(src), repr(v), [(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in [r"'\d'", "x = 1\ny = '\\q'\n"]:
        try:
            compile(src, "<e>", "exec")
        except SyntaxError as e:
            print('SyntaxError', e.msg, e.filename, e.lineno, e.offset)
