a = 1
class C:
    a = a + 1
    b = a
    def m(self):
        return a
    class D:
        c = a
def f():
    x = 1
    class E:
        y = x
        def g(self):
            return x
    class F:
        x = 2
        def h(self):
            return x
    class G:
        print(x)
        x = 3
    return E, F, G
