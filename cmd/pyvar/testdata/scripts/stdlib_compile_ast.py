# compile() to and from _ast trees without Lib's ast module.
import _ast
tree = compile('total = sum(x * 2 for x in range(4))\nprint(total, f"{total!r:>5}")', '<t>', 'exec', _ast.PyCF_ONLY_AST)
print(type(tree).__name__, [type(s).__name__ for s in tree.body], tree.body[0].targets[0].id, tree.body[0].lineno, tree.body[0].end_col_offset)
call = tree.body[0].value
print(call.func.id, type(call.args[0]).__name__, call.args[0].generators[0].iter.func.id, type(call.args[0].elt.op).__name__)
exec(compile(tree, '<t>', 'exec'))
tree.body[0].value.args[0].elt.right.value = 10
exec(compile(tree, '<t>', 'exec'))
e = compile('a if b else c', '<e>', 'eval', _ast.PyCF_ONLY_AST)
print(type(e).__name__, type(e.body).__name__, eval(compile(e, '<e>', 'eval'), {'a': 1, 'b': 0, 'c': 2}))
m = _ast.Module(body=[_ast.Expr(value=_ast.Call(func=_ast.Name(id='print', ctx=_ast.Load(), lineno=1, col_offset=0),
        args=[_ast.Constant(value='built by hand', lineno=1, col_offset=6)], keywords=[], lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[])
exec(compile(m, '<hand>', 'exec'))
for bad in (_ast.Module(body=[_ast.Pass()], type_ignores=[]), _ast.Expression(body=_ast.Pass(lineno=1, col_offset=0)),
            _ast.Module(body=[_ast.Expr(value=_ast.Name(id=1, ctx=_ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[]),
            _ast.Module(body=[], type_ignores=[]), 'not a tree'):
    try:
        print(compile(bad, 'b', 'eval' if isinstance(bad, _ast.Module) and not bad.body else 'exec'))
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(compile(tree, 't', 'exec', _ast.PyCF_ONLY_AST) is tree)
try:
    compile('x = (', 'bad.py', 'exec', _ast.PyCF_ONLY_AST)
except SyntaxError as ex:
    print(ex.msg, ex.lineno, ex.offset)
