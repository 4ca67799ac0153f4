# The compiler's SyntaxWarnings go through the warnings module: its filters
# (always, error, ignore), its records, and its printing to sys.stderr.
import sys
import warnings

sys.stderr = sys.stdout  # one stream, so the order is CPython's

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x = 1 is 1", "<s>", "exec")
    compile("\n\nassert (x, 'm')", "<a>", "exec")
    for r in w:
        print(r.category.__name__, r.filename, r.lineno, r.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("assert (1, 'x')", "<t>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.filename, e.lineno)
    try:
        exec("def f():\n    return 'a' is not ()\n")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("x = 1 is 1", "<s>", "exec")
    print("ignored")

with warnings.catch_warnings():
    warnings.filterwarnings("error", category=SyntaxWarning)
    try:
        eval("(1, 2)(3)")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

compile("\n\ny = 'a' is 'b'", "<u>", "exec")
print("done")

# The tokenizer's DeprecationWarning for a number glued to a keyword.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for src in ["[0x1for x in ()]", "1if 1else 2", "0o7and x", "1.5in x", "1jnot in x", "0b1or x"]:
        compile(src, "<num>", "eval")
    print([(r.category.__name__, str(r.message)) for r in w])
for src in ["1spam", "0xfand x", "1andx"]:
    try:
        compile(src, "<num>", "eval")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.offset)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x = 1if y else 2", "<num>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
