import sys
def f():
    raise ValueError("a")
try:
    f()
except ValueError:
    raise
