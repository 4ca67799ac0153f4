a = 1

def f():
    a += 1
    return a

print(f())
