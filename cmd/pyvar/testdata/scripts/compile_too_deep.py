# Source nested too deeply for the compiler raises errors a program can catch.
try:
    eval("+".join(["1"] * 100000))
except RecursionError as e:
    print("RecursionError", e)
try:
    exec("x = " + "(" * 300 + ")" * 300)
except SyntaxError as e:
    print("SyntaxError", e.msg)
print("still running")
