def f():
    y = 1
    class C:
        y = 2
        a = [y for _ in range(3)]
        b = [x for x in range(y)]
    return C
