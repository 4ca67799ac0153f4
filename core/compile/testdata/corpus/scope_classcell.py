class A:
    def f(self):
        return __class__
    def g(self):
        return super().g()

class B(A, metaclass=type):
    """doc"""
    x: int = 3
    def h(self):
        super().h()

def outer():
    class Inner:
        def m(self):
            return __class__
    return Inner
