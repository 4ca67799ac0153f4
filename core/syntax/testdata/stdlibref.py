# stdlibref.py ROOT: for every .py file under ROOT (site-packages excluded),
# print one JSON line with CPython 3.10's verdicts: whether ast.parse accepts
# it (parser), whether compile() accepts it (parser + symtable + compiler),
# the error's message and line, and the sha256 of
# ast.dump(tree, include_attributes=True) for comparison with syntax.Dump.
import ast, hashlib, json, os, sys, warnings

warnings.simplefilter("ignore")
root = sys.argv[1]
for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames if d != "site-packages" and d != "__pycache__")
    for fn in sorted(filenames):
        if not fn.endswith(".py"):
            continue
        path = os.path.join(dirpath, fn)
        with open(path, "rb") as f:
            src = f.read()
        rec = {"path": os.path.relpath(path, root)}
        try:
            tree = ast.parse(src, path)
            rec["parse"] = "ok"
            rec["sha"] = hashlib.sha256(ast.dump(tree, include_attributes=True).encode("utf-8", "surrogatepass")).hexdigest()
        except SyntaxError as e:
            rec.update(parse="error", kind=type(e).__name__, msg=e.msg, lineno=e.lineno, offset=e.offset)
        except Exception as e:
            rec.update(parse="other", msg=repr(e))
        try:
            compile(src, path, "exec", dont_inherit=True)
            rec["compile"] = "ok"
        except SyntaxError as e:
            rec["compile"] = "error"
            rec["cmsg"] = e.msg
        except Exception as e:
            rec["compile"] = "other"
        print(json.dumps(rec))
