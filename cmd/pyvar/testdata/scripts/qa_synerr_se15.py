x: int = 1
def f():
    global x
    x: int = 2
