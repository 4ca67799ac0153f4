import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("caught", e)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
sys.setrecursionlimit(12000)
print(depth(10000))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())

def g():
    g()
g()
