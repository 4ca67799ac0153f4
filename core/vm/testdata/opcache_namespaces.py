# opcache correctness across strategies and exec in two namespaces
code = compile("def f():\n    return x\n", "<s>", "exec")
g1 = {'x': 1}
g2 = {'x': 2}
exec(code, g1)
exec(code, g2)
for _ in range(3):
    print(g1['f'](), g2['f']())
import builtins
def uses_len():
    return len([1, 2, 3])
for i in range(5):
    if i == 2:
        builtins.len = lambda s: 'patched'
    if i == 4:
        del builtins.len
        import builtins as b2
    try:
        print(uses_len())
    except NameError as e:
        print(e)
