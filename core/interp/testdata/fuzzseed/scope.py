x = "global"
def f():
    x = "enclosing"
    class C:
        y = x
        def m(self): return x
    return C.y, C().m(), [x for _ in range(1)]
print(f())
def g():
    global z
    z = 5
g(); print(z)
del z
try:
    print(z)
except NameError as e:
    print(e)
def h():
    print(w)
    w = 1
try:
    h()
except UnboundLocalError as e:
    print(e)
