# CPython 3.10's second-pass SyntaxErrors: "expected ':'" after a bare
# except and after `match subject`, and the '=' hint for a keyword argument
# followed by a comprehension; `match` stays a name elsewhere.
for src in ["try:\n  pass\nexcept\n  pass", "match x\n  case 1: pass", "match x:\n  case 1\n    pass",
            "match x, y\n  case 1: pass", "try:\n  pass\nexcept ValueError\n  pass",
            "dict(a = i for i in range(10))", "f(a = 1 for x in y)", "f(x, a = i for i in z)",
            "f(a=1, b = i async for i in z)", "class C(a = i for i in x): pass", "f(a=(i for i in x))",
            "match = [1]\nmatch[0] = 2", "match x y", "match... await", "match x + y", "match x if", "match (1)", "match x", "print(match)"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
g = (i for i in range(3))
print(g.__next__.__doc__, [].append.__doc__ == list.append.__doc__, (1).__add__.__doc__)
