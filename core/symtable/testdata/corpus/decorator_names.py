def outer(deco, arg):
    class K:
        @deco(arg)
        def m(self):
            pass
        @property
        def p(self):
            return arg
    return K
