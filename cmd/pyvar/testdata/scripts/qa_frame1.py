import sys
def who():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno, type(f).__name__
def caller():
    return who()
print(caller())
def locs(a, b=2):
    c = 3
    return sorted(sys._getframe().f_locals.items())
print(locs(1))
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_name, sys._getframe().f_back)
def depth():
    n = 0
    f = sys._getframe()
    while f:
        n += 1
        f = f.f_back
    return n
print(depth(), (lambda: depth())())
def getcaller_local():
    return sys._getframe(1).f_locals["secret"]
def has_secret():
    secret = "s3"
    return getcaller_local()
print(has_secret())
try:
    sys._getframe(100)
except ValueError as e:
    print(e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(type(sys.path).__name__, type(sys.argv).__name__, sys.maxsize == 2**63 - 1, sys.byteorder, sys.version_info[:2] >= (3, 10))
sys.stdout.write("written\n")
print(sys.stdout.write("abc\n"))
print(hasattr(sys, "exc_info"))
try:
    raise KeyError("exc_info test")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None)
print(sys.exc_info())
# globals manipulation
g = globals()
g["dyn_global"] = 7
print(dyn_global)
def readdyn(): return dyn_global2
globals()["dyn_global2"] = "late"
print(readdyn())
del globals()["dyn_global2"]
try:
    readdyn()
except NameError as e:
    print(e)
# vars with objects
class O:
    def __init__(self): self.a = 1
o = O()
vars(o)["b"] = 2
print(o.b, vars(o))
try:
    vars(1)
except TypeError as e:
    print(e)
# eval/exec with custom mapping locals
class Loud(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return dict.__getitem__(self, k)
print(eval("x + 1", {}, Loud(x=1)))
exec("y = 2\nprint(y)", {}, Loud())
# exec code object with closure-free function definitions
ns = {}
exec("def f(a):\n    return a * 2\nclass K:\n    v = f(3)\n", ns)
print(ns["K"].v, ns["f"].__module__ if "__name__" in ns else ns["f"].__module__, ns["f"].__globals__ is ns)
print(eval("lambda: 5")(), eval("[i for i in range(3)]"), eval(" 1 + 1 \n"), eval("\n1"))
exec("import sys as _s\nprint(_s is sys)", {"sys": sys})
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__))
co = compile("a + b", "<expr>", "eval")
print(co.co_names, eval(co, {"a": 1, "b": 2}), co.co_filename, co.co_name)
