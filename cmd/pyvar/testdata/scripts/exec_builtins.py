# exec with custom builtins; functions keep the builtins they were made with.
import builtins

b = vars(builtins).copy()
g = {"__builtins__": b}
exec("f = lambda: spam", g)
print(g["f"].__builtins__ is b, g["f"].__globals__ is g)
b["spam"] = "eggs"
print(g["f"]())
del g["__builtins__"]
print(g["f"]())

plain = {}
exec("x = len('four')", plain)
print(plain["x"], "__builtins__" in plain, plain["__builtins__"] is builtins.__dict__ or plain["__builtins__"] is builtins)

restricted = {"__builtins__": {"len": lambda s: -1}}
exec("y = len('abc')", restricted)
print(restricted["y"])
try:
    exec("print('no print here')", restricted)
except NameError as e:
    print("NameError:", e)

ns = {}
exec("def h():\n    return secret\nsecret = 7", ns)
print(ns["h"]())
print(eval("a + b", {"a": 1}, {"b": 2}))
code = compile("z = 3 * 4", "<demo>", "exec")
scope = {}
exec(code, scope)
print(scope["z"], type(code).__name__, code.co_filename)
print(eval(compile("1 + 2", "<e>", "eval")))
