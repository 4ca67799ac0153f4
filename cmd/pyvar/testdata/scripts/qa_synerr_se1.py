print("before")
def f(a):
    global a
