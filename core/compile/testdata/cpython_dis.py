"""Print CPython 3.10's `dis` listing of each file named on the command line
as one JSON object {path: listing or "ERROR: ..."}; used by the Go tests."""
import dis, io, json, sys

out = {}
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        src = f.read()
    buf = io.StringIO()
    try:
        co = compile(src, path.rsplit('/', 1)[-1], 'exec', dont_inherit=True)
        dis.dis(co, file=buf)
        out[path] = buf.getvalue()
    except SyntaxError as e:
        out[path] = 'ERROR: %s: %s (line %s, offset %s)' % (type(e).__name__, e.msg, e.lineno, e.offset)
json.dump(out, sys.stdout)
