# dir() of a module lists its namespace only; dir() with no argument lists the local names.
import math, sys, builtins
print([n for n in dir(builtins) if n.startswith("__")])
x = 1
print(dir())
def f():
    a = 1; b = 2
    return dir()
print(f())
print(len(dir(sys)) > 10, "__class__" in dir(sys), "__class__" in dir(1))
