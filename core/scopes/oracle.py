"""CPython 3.10's side of pyvar's scope report (scope-report-format.md).

Reads [path, name] JSON arrays on stdin, one per line, and writes one JSON
record per file on stdout in the same order, using compile(), the code
objects' instructions and _symtable. Runs on all CPUs with multiprocessing.
"""
import _symtable
import json
import multiprocessing
import opcode
import os
import sys
import warnings

LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5
SCOPE_OFF, SCOPE_MASK = _symtable.SCOPE_OFF, _symtable.SCOPE_MASK
DEF_FREE_CLASS = _symtable.DEF_FREE_CLASS

FAMILY = {}
for fam, ops in {
    "FAST": [("LOAD_FAST", "LOAD"), ("STORE_FAST", "STORE"), ("DELETE_FAST", "DELETE")],
    "DEREF": [("LOAD_DEREF", "LOAD"), ("LOAD_CLOSURE", "LOAD"), ("STORE_DEREF", "STORE"), ("DELETE_DEREF", "DELETE")],
    "CLASSDEREF": [("LOAD_CLASSDEREF", "LOAD")],
    "GLOBAL": [("LOAD_GLOBAL", "LOAD"), ("STORE_GLOBAL", "STORE"), ("DELETE_GLOBAL", "DELETE")],
    "NAME": [("LOAD_NAME", "LOAD"), ("STORE_NAME", "STORE"), ("DELETE_NAME", "DELETE")],
}.items():
    for name, kind in ops:
        FAMILY[opcode.opmap[name]] = (fam, kind)
EXTENDED_ARG = opcode.opmap["EXTENDED_ARG"]
LOAD_CONST = opcode.opmap["LOAD_CONST"]
HAVE_ARGUMENT = opcode.HAVE_ARGUMENT
COMPREHENSIONS = {"<listcomp>": "listcomp", "<setcomp>": "setcomp", "<dictcomp>": "dictcomp", "<genexpr>": "genexpr"}
CodeType = type(compile("", "", "exec"))


def mangle(private, name):
    if not private or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    p = private.lstrip("_")
    return "_" + p + name if p else name


def scan(co):
    """Access multiset and the co_consts indexes that LOAD_CONST loads."""
    counts, loaded = {}, set()
    code, ext = co.co_code, 0
    ncell = len(co.co_cellvars)
    for i in range(0, len(code), 2):
        op, arg = code[i], code[i + 1] | ext
        if op == EXTENDED_ARG:
            ext = arg << 8
            continue
        ext = 0
        if op == LOAD_CONST:
            loaded.add(arg)
            continue
        fk = FAMILY.get(op)
        if fk is None:
            continue
        fam = fk[0]
        if fam == "FAST":
            name = co.co_varnames[arg]
        elif fam in ("DEREF", "CLASSDEREF"):
            name = co.co_cellvars[arg] if arg < ncell else co.co_freevars[arg - ncell]
        else:
            name = co.co_names[arg]
        key = (fam, fk[1], name)
        counts[key] = counts.get(key, 0) + 1
    return counts, loaded


def predict(block, flags, name):
    """The families compiler_nameop would use for a symbol of this block."""
    scope = (flags >> SCOPE_OFF) & SCOPE_MASK
    fams = set()
    if scope in (FREE, CELL):
        if block == "class":
            # Loads read the class namespace first; LOAD_CLOSURE passes the
            # cell on to methods, STORE_DEREF serves `nonlocal`.
            fams.update(("CLASSDEREF", "DEREF"))
        else:
            fams.add("DEREF")
    elif scope == LOCAL:
        fams.add("FAST" if block == "function" else "NAME")
        if block == "class" and flags & DEF_FREE_CLASS:
            fams.add("DEREF")
    elif scope == GLOBAL_IMPLICIT:
        fams.add("GLOBAL" if block == "function" else "NAME")
    elif scope == GLOBAL_EXPLICIT:
        fams.add("GLOBAL")
    else:
        fams.add("NAME" if block != "function" else "FAST")
    if block == "class" and name == "__class__":
        fams.add("DEREF")  # the implicit class cell, loaded with LOAD_CLOSURE
    return sorted(fams)


def kind_of(co_name, ste):
    if ste is not None and ste.type == _symtable.TYPE_CLASS:
        return "class"
    if co_name == "<lambda>":
        return "lambda"
    if co_name in COMPREHENSIONS:
        return "comprehension"
    return "function"


def qualname_of(parent, name, kind):
    """compiler_set_qualname; parent is (qualname, kind, ste, private) or None."""
    if parent is None or parent[1] == "module":
        return name
    pq, pkind, pste, pprivate = parent
    if kind in ("function", "class") and pste is not None:
        flags = pste.symbols.get(mangle(pprivate, name), 0)
        if (flags >> SCOPE_OFF) & SCOPE_MASK == GLOBAL_EXPLICIT:
            return name
    if pkind in ("function", "lambda"):
        return pq + ".<locals>." + name
    return pq + "." + name


def ste_name(co_name):
    if co_name == "<lambda>":
        return "lambda"
    return COMPREHENSIONS.get(co_name, co_name)


def eliminated(ste, parent, out):
    kind = "class" if ste.type == _symtable.TYPE_CLASS else (
        "lambda" if ste.name == "lambda" else "comprehension" if ste.name in COMPREHENSIONS.values() else "function")
    name = {"lambda": "<lambda>"}.get(ste.name, "<%s>" % ste.name if kind == "comprehension" else ste.name)
    q = qualname_of(parent, name, kind)
    block = "class" if kind == "class" else "function"
    out.append({"qualname": q, "name": name, "firstlineno": ste.lineno, "block": block,
                "expected": {n: predict(block, f, n) for n, f in ste.symbols.items()}})
    private = ste.name if kind == "class" else parent[3]
    for c in ste.children:
        eliminated(c, (q, kind, ste, private), out)


def walk(co, ste, parent, kind, private, out, elim, unreachable):
    q = "<module>" if parent is None else qualname_of(parent, co.co_name, kind)
    counts, loaded = scan(co)
    fams, ops = {}, []
    for (fam, k, name) in sorted(counts):
        ops.append([fam, k, name, counts[(fam, k, name)]])
        fams.setdefault(name, set()).add(fam)
    block = "module" if kind == "module" else "class" if kind == "class" else "function"
    rec = {"qualname": q, "name": co.co_name, "firstlineno": co.co_firstlineno, "block": block,
           "families": {n: sorted(f) for n, f in fams.items()}, "ops": ops,
           "varnames": list(co.co_varnames), "cellvars": list(co.co_cellvars),
           "freevars": list(co.co_freevars), "names": list(co.co_names)}
    if unreachable:
        rec["unreachable"] = True
    if ste is not None:
        rec["unemitted"] = {n: predict(block, f, n) for n, f in ste.symbols.items() if n not in fams}
    out.append(rec)
    me = (q, kind, ste, private)
    children = list(ste.children) if ste is not None else []
    used = [False] * len(children)
    for idx, c in enumerate(co.co_consts):
        if not isinstance(c, CodeType):
            continue
        want = ste_name(c.co_name)
        # Same name, the same line if possible, else the nearest line below
        # (a decorated def's code starts at its first decorator).
        pick = None
        for i, s in enumerate(children):
            if used[i] or s.name != want or s.lineno < c.co_firstlineno:
                continue
            if pick is None or s.lineno < children[pick].lineno:
                pick = i
        cste = None
        if pick is not None:
            used[pick] = True
            cste = children[pick]
        ckind = kind_of(c.co_name, cste)
        cprivate = c.co_name if ckind == "class" else private
        walk(c, cste, me, ckind, cprivate, out, elim, idx not in loaded)
    for i, s in enumerate(children):
        if not used[i]:
            eliminated(s, me, elim)


def report(item):
    path, name = item
    rec = {"file": name, "python": "%d.%d.%d" % sys.version_info[:3]}
    try:
        with open(path, "rb") as f:
            src = f.read()
        try:
            co = compile(src, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            rec.update(status="rejected", error=type(e).__name__, message=str(getattr(e, "msg", e)),
                       lineno=getattr(e, "lineno", None) or 0)
            return json.dumps(rec)
        top = _symtable.symtable(src, path, "exec")
        out, elim = [], []
        walk(co, top, None, "module", None, out, elim, False)
        keys = {}
        for r in out:
            k = (r["qualname"], r["firstlineno"])
            r["index"] = keys.get(k, 0)
            keys[k] = r["index"] + 1
        rec.update(status="ok", code=out, eliminated=elim)
    except Exception as e:  # the oracle itself failed: not graded
        rec.update(status="oracle_error", error=type(e).__name__, message=str(e))
    return json.dumps(rec)


def main():
    warnings.simplefilter("ignore")
    items = [json.loads(line) for line in sys.stdin if line.strip()]
    procs = int(os.environ.get("PYVAR_ORACLE_PROCS", "0")) or os.cpu_count() or 1
    if procs == 1 or len(items) < 8:
        for r in map(report, items):
            print(r)
        return
    with multiprocessing.Pool(procs) as pool:
        for r in pool.imap(report, items, chunksize=4):
            sys.stdout.write(r + "\n")


if __name__ == "__main__":
    main()
