# nonlocal rebinds the nearest enclosing function's variable, skipping
# scopes that do not bind it.
a = "I'm not used"


def f():
    def g():
        nonlocal a
        a += 1
        return a

    a = 2
    return g(), a


print(f())


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "set by inner"

        inner()
        return x

    return middle(), x


print(outer())
