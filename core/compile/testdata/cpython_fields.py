"""Print the co_* fields of every code object CPython 3.10 makes for each
file named on the command line, as JSON {path: [fields, ...]} in the order
dis walks them (depth first through co_consts); used by the Go tests."""
import json, sys

def walk(co, out):
    out.append({
        'name': co.co_name, 'argcount': co.co_argcount,
        'posonlyargcount': co.co_posonlyargcount, 'kwonlyargcount': co.co_kwonlyargcount,
        'nlocals': co.co_nlocals, 'stacksize': co.co_stacksize, 'flags': co.co_flags,
        'firstlineno': co.co_firstlineno, 'varnames': list(co.co_varnames),
        'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
        'names': list(co.co_names), 'nconsts': len(co.co_consts),
    })
    for k in co.co_consts:
        if hasattr(k, 'co_code'):
            walk(k, out)

res = {}
for path in sys.argv[1:]:
    try:
        co = compile(open(path, 'rb').read(), path.rsplit('/', 1)[-1], 'exec', dont_inherit=True)
    except SyntaxError:
        continue
    out = []
    walk(co, out)
    res[path] = out
json.dump(res, sys.stdout)
