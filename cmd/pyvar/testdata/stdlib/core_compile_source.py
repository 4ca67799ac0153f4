# compile()/exec()/eval() sources and filenames: a str's coding cookie is ignored,
# bytes-like sources are read up to their end (NUL refused), bytes-like
# filenames other than bytes are deprecated.
import warnings, ast
warnings.simplefilter("error")
for fn in ['f.py', b'f.py', bytearray(b'f.py'), memoryview(b'f.py'), list(b'f.py')]:
    try: print(compile('pass', fn, 'exec').co_filename)
    except Exception as e: print(type(e).__name__, e)
warnings.simplefilter("ignore")
print(compile('pass', bytearray(b'f.py'), 'exec').co_filename)
for src in ["123\x00", memoryview(b"123\x00"), bytearray(b"1\x00")]:
    try: compile(src, "<dummy>", "eval")
    except Exception as e: print(type(e).__name__, e)
print(eval(compile(memoryview(b"123\x00")[1:-1], "<dummy>", "eval")), eval(memoryview(b"$23$")[1:-1]), eval(bytearray(b"1+1")))
ns = {}; exec(memoryview(b"ax = 123")[1:-1], ns); print(ns['x'])
for f in [lambda: eval(12), lambda: compile(12, 'f', 'eval'), lambda: exec([1])]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
code = '# -*- coding: badencoding -*-\n"\xc2\xa4"\n'
print(ascii(eval(code)), ascii(eval(compile(code, 't', 'eval'))))
try: compile(b'# -*- coding: badencoding -*-\npass\n', 'tmp', 'exec')
except SyntaxError as e: print("SyntaxError", e.msg)
print(ascii(eval(b'# -*- coding: latin1 -*-\n"\xc2\xa4"\n')), ascii(eval(b'"\xc2\xa4"\n')))
print(ast.dump(ast.parse('# -*- coding: badencoding -*-\nx')), ast.dump(ast.parse(memoryview(b'x'))))
exec('# -*- coding: latin-1 -*-\nprint(ascii("\xe9"))')
