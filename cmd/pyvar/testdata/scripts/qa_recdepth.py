import sys
depth = 0
def r():
    global depth
    depth += 1
    r()
try:
    r()
except RecursionError as e:
    print("plain", depth, e)
depth = 0
class M:
    def m(self):
        global depth
        depth += 1
        self.m()
try:
    M().m()
except RecursionError:
    print("method", depth)
depth = 0
def viacall():
    global depth
    depth += 1
    (lambda: viacall())()
try:
    viacall()
except RecursionError:
    print("lambda", depth)
sys.setrecursionlimit(200)
depth = 0
try:
    r()
except RecursionError:
    print("limit200", depth)
def g(n):
    yield n
    yield from g(n + 1)
try:
    for v in g(0):
        pass
except RecursionError:
    print("gen", v)
sys.setrecursionlimit(1000)
