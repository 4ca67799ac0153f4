class Private:
    __hidden = 1
    __dunder__ = 2

    def __method(self, __arg):
        __local = __arg
        return self.__hidden, __local, Private.__hidden

    def uses(self):
        global __module_level
        __module_level = 1
        return __hidden_global

    import __phony_mod


class __Underscored:
    __x = 1

    class __Inner:
        __y = 2


def decorated():
    def deco(f):
        return f

    @deco
    def target():
        return deco

    @deco
    class Target:
        pass

    return target, Target


def shadow_global():
    global shadowed

    def g():
        return shadowed
    shadowed = 1
    return g


class Outer:
    def method(self):
        global Inner

        class Inner:
            def m(self):
                return Inner
        return Inner


if 0:
    def never():
        return undefined_name

x = 1
def after_return():
    return x
    y = x
    z = lambda: y
