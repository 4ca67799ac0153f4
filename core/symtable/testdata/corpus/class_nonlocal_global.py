def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        global y
        y = 3
    return C
class A:
    global z
    z = 1
    class B:
        global z
        w = z
