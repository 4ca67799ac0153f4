def t(src):
    try:
        ns = {}
        exec(src, ns)
        print(src, "->", {k: v for k, v in ns.items() if k != "__builtins__"})
    except Exception as e:
        print(src, "!", type(e).__name__, e)
for src in ["a, b = 1, 2", "a, b = [1, 2, 3]", "a, b, c = (1, 2)", "a, b = 1", "a, = []", "a, = [1]", "[a] = 'x'",
            "a, *b = []", "a, *b, c = [1]", "*a, b, c = 'xy'", "a, *b = 'xyz'", "(a, b), c = [1, 2], 3", "(a, b), c = 1, 2",
            "a, b = {'k': 1, 'j': 2}", "a, b = iter([1])", "a, b = None", "x = [1, 2]; x[0], x[1] = x[1], x[0]",
            "a, b = (i for i in range(5))", "a, *b = range(10**6)" if False else "a, *b = range(4)", "a, b = b, a = 1, 2",
            "[a, [b, *c]] = 1, (2, 3, 4)", "a, b, c, d = 'abc'", "a, b, c, d = range(10)", "a, b = 'é'", "a, b = {1}",
            "for a, b in [(1, 2), (3,)]: pass"]:
    t(src)
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
a, b, c = Seq(); print(a, b, c)
try:
    a, b = Seq()
except ValueError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    a, b = BadIter()
except TypeError as e:
    print(e)
def f(a, b, c=3, *, d): return a, b, c, d
for call in ["f(1)", "f(1, 2)", "f(1, 2, d=4)", "f(1, 2, 3, 4, d=5)", "f(1, 2, e=5, d=1)", "f(1, a=1, d=2)", "f(*[1, 2], **{'d': 0})",
             "f()", "(lambda: 0)(1)", "(lambda x: 0)()", "(lambda *, k: 0)()", "(lambda **k: k)(**{'a': 1}, b=2)", "len()", "len(1, 2)",
             "int(x=1)", "print(**{'sep': '-'}, end='')", "dict.get()", "[].append()", "'a'.split(1)"]:
    try:
        print(call, "=", eval(call))
    except TypeError as e:
        print(call, "!", e)
def g(x, /, y): return x, y
try:
    g(x=1, y=2)
except TypeError as e:
    print(e)
def h(a, b, *args, c, **kw): pass
for call in ["h()", "h(1)", "h(1, 2)", "h(1, 2, c=1, a=5)"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "!", e)
def many(a, b, c, d): pass
try:
    many(1)
except TypeError as e:
    print(e)
def kwonly(*, a, b): pass
try:
    kwonly()
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
class M:
    def meth(self, x): pass
try:
    M().meth()
except TypeError as e:
    print(e)
try:
    M().meth(1, 2)
except TypeError as e:
    print(e)
try:
    M.meth(1)
except TypeError as e:
    print(e)
