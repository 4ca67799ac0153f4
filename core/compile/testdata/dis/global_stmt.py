a = 1

def f():
    global a
    a += 1
    print(a)

f()
