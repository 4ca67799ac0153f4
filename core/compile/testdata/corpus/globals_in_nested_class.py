a = 1
class A:
    global a
    a = 2
    class B:
        global a
        a = a + 1

def f():
    global C
    class C:
        pass
    def g():
        pass
    return g
