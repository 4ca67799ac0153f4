def deco(f): return f
def outer(v):
    @deco
    def inner(x=v, *, y=v):
        return x
    @deco
    class K(v, metaclass=type):
        pass
    return inner, K
