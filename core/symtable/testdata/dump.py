"""Dump CPython's AST and symbol tables as JSON Lines for symtable's differential test.

Usage: python3.10 dump.py FILE...   (one JSON object per file on stdout)
"""
import ast
import json
import sys
import _symtable

ENUMS = (ast.expr_context, ast.operator, ast.boolop, ast.unaryop, ast.cmpop)
POS = ("lineno", "col_offset", "end_lineno", "end_col_offset")
BLOCK = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}


def const(v):
    if isinstance(v, str):
        return {"_const": "str", "s": v.encode("utf-8", "surrogatepass").decode("utf-8", "replace")}
    if v is None:
        return {"_const": "none"}
    if isinstance(v, bool):
        return {"_const": "bool", "b": v}
    return {"_const": "other"}


def node(n):
    if isinstance(n, ENUMS):
        return type(n).__name__
    if isinstance(n, ast.AST):
        d = {"_t": type(n).__name__}
        for f in n._fields:
            v = getattr(n, f, None)
            if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)):
                d[f] = const(v)
            else:
                d[f] = node(v)
        for a in POS:
            if hasattr(n, a) and getattr(n, a) is not None:
                d[a] = getattr(n, a)
        return d
    if isinstance(n, list):
        return [node(x) for x in n]
    return n


def table(t):
    return {
        "type": BLOCK.get(t.type, str(t.type)),
        "name": t.name,
        "lineno": t.lineno,
        "varnames": list(t.varnames),
        "symbols": [[k, v] for k, v in t.symbols.items()],
        "children": [table(c) for c in t.children],
    }


def main():
    sys.setrecursionlimit(10000)
    for fn in sys.argv[1:]:
        rec = {"file": fn}
        try:
            with open(fn, "rb") as f:
                src = f.read()
            tree = ast.parse(src, fn)
        except Exception as e:  # the parser's concern, not the symbol table's
            rec["status"] = "unparsed"
            print(json.dumps(rec))
            continue
        rec["ast"] = node(tree)
        try:
            rec["table"] = table(_symtable.symtable(src, fn, "exec"))
            rec["status"] = "ok"
        except SyntaxError as e:
            rec["status"] = "error"
            rec["error"] = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        except Exception as e:
            rec["status"] = "unparsed"
        print(json.dumps(rec))


main()
