# unpacking error messages with various iterables, and star-unpacking in calls/literals
def t(stmt, ns=None):
    ns = {} if ns is None else ns
    try:
        exec(stmt, ns)
        print(stmt, "ok", {k: v for k, v in ns.items() if k not in ("__builtins__",) and len(k) == 1})
    except Exception as e:
        print(stmt, "!", type(e).__name__, e)
t("a, b = range(3)")
t("a, b, c = range(2)")
t("a, b = 'abc'")
t("a, b = {'x': 1}")
t("a, *b, c, d = [1, 2]")
t("a, *b, c, d = [1, 2, 3]")
t("*a, b = []")
t("a, b = 3")
t("a, b = 3.5")
t("(a, b), c = 'xy', 'z'")
t("[a, (b, c)] = [1, (2, 3, 4)]")
t("a, b = (x for x in range(3))")
t("a, *b = (x for x in range(3))")
t("a = *range(3),")
t("a = [*range(3), *'ab']")
t("a = {*range(2), *[2]}")
t("a = {**{'k': 1}, **{'k': 2}}")
t("a = {**[1]}")
t("a = [*1]")
t("a = (*None,)")
t("def f(*a, **k): return a, k\na = f(*[1], *(2,), **{'x': 1}, **{'y': 2})")
t("def f(*a, **k): return a, k\na = f(**{'x': 1}, **{'x': 2})")
t("def f(*a, **k): return a, k\na = f(*1)")
t("def f(*a, **k): return a, k\na = f(**[1])")
t("def f(**k): return k\na = f(**{'a': 1}, a=2)")
t("a = print(*[], sep='')")
t("for a, b in [(1, 2, 3)]: pass")
t("for a, *b in ['xyz']: c = b")
t("a, b = b, a = 1, 2")
t("x = [0, 0]\ni = 0\ni, x[i] = 1, 2\na = x")
class Three:
    def __iter__(self):
        yield 1; yield 2; yield 3
t("a, b = T()", {"T": Three})
t("a, b, c, d = T()", {"T": Three})
t("a, *b = T()", {"T": Three})
class LenLies:
    def __len__(self): return 100
    def __iter__(self): return iter([1])
t("a, b = L()", {"L": LenLies})
