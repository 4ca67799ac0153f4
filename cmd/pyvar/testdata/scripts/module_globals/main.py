# Every module has its own globals; a function uses the globals of the
# module that defined it, whoever calls it.
a = "Hello"
b = "Goodbye"
import mylib
from mylib import func, outer_call


def terminal_call():
    return "terminal in main"


print(globals()["a"], mylib.func()["a"], func()["b"])
print(outer_call(), terminal_call())
print(vars(mylib)["a"], mylib.__name__, mylib.__dict__ is vars(mylib))
print(func.__globals__ is vars(mylib), terminal_call.__globals__ is globals())
import sys
print(sys.modules["mylib"] is mylib, __name__)
