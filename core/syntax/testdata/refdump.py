# refdump.py: reads a JSON list of sources (bytes as latin-1 strings) on stdin and prints, as JSON, for
# each source either ["ok", ast.dump(tree, include_attributes=True)] or
# ["error", kind, msg, lineno, offset] as CPython 3.10 parses it (ast.parse: parser errors only, not
# the symtable/compiler errors of compile()).
import ast, json, re, sys

out = []
for text in json.load(sys.stdin):
    # Each source arrives as a latin-1 string holding its exact bytes. Valid
    # UTF-8 is parsed as str, which (like running a file) reports character
    # offsets; other bytes are parsed as bytes, as import does.
    src = text.encode("latin-1")
    try:
        # A str source would make CPython ignore a coding cookie.
        if not re.match(rb"^[ \t\f]*#.*?coding[:=]|^[ \t\f]*(#.*)?\n[ \t\f]*#.*?coding[:=]", src):
            src = src.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        tree = ast.parse(src, "f.py", "exec")
        out.append(["ok", ast.dump(tree, include_attributes=True)])
    except SyntaxError as e:
        out.append(["error", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
    except Exception as e:
        out.append(["other", type(e).__name__, str(e)])
json.dump(out, sys.stdout)
