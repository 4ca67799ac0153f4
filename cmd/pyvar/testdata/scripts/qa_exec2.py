# exec/eval namespaces and __builtins__ handling (seed-related)
g = {}
exec("x = 1", g)
print(sorted(g), type(g["__builtins__"]).__name__)
g2 = {"__builtins__": {"print": print, "len": len}}
exec("print(len('abc'))", g2)
try:
    exec("print(abs(-1))", g2)
except NameError as e:
    print("NameError", e)
import builtins
g3 = {"__builtins__": builtins}
exec("r = abs(-2)", g3); print(g3["r"])
# functions defined in exec keep their globals
g4 = {}
exec("def f():\n    return y\ny = 'from g4'", g4)
y = "main y"
print(g4["f"](), g4["f"].__globals__ is g4)
# locals mapping separate from globals: function def binds in locals, reads globals
gl, lo = {}, {}
exec("a = 1\ndef h():\n    return a\n", gl, lo)
print(sorted(lo), "a" in gl)
try:
    lo["h"]()
except NameError as e:
    print("NameError", e)
# eval with locals only
print(eval("p * q", {"p": 2}, {"q": 5}))
# class body in exec with separate locals
exec("class K:\n    v = 1\n", gl, lo)
print(lo["K"].v, lo["K"].__module__ if "__name__" in gl else "module attr", "K" in gl)
# __name__ in exec globals determines __module__
g5 = {"__name__": "fake_mod"}
exec("class M: pass\ndef fn(): pass", g5)
print(g5["M"].__module__, g5["fn"].__module__)
# exec returns None; eval of expressions with side effects
print(exec("1"), eval("[].append(1)"))
# compile with dont_inherit etc. default args
code = compile("print('compiled', 1 + 1)", "<my>", "exec")
exec(code); exec(code)
# eval of code compiled in exec mode returns None
print(eval(compile("z = 3", "<s>", "exec"), {}))
# single mode prints expression value
exec(compile("40 + 2", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("'str'", "<single>", "single"))
# globals() inside exec'ed function is exec's globals
g6 = {}
exec("def gg():\n    return globals()", g6)
print(g6["gg"]() is g6)
# builtins modification visible everywhere
builtins.newbuiltin = "nb"
exec("r = newbuiltin", g6); print(g6["r"])
del builtins.newbuiltin
# vars() / locals() inside exec with dict locals
lo2 = {}
exec("a = 5\nprint(sorted(locals()), sorted(vars()))", {}, lo2)
# eval with non-dict globals fails
try:
    eval("1", [])
except TypeError as e:
    print("TypeError", e)
try:
    exec("1", None, [])
except TypeError as e:
    print("TypeError", e)
