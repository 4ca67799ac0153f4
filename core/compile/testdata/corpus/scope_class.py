x = 'global'
class C:
    print(x)
    x = 'local'
    print(x)
    def m(self):
        return x
    a = 1
    a = a + 1

def f():
    x = 'cell'
    y = 2
    class B:
        print(x)
        y = y + 1
        z = x
        def meth(self):
            return x
    return B

def g():
    v = 1
    class D:
        nonlocal v
        v = 2
        global w
        w = 3
    return v
