# The errors of each family, caught and printed.
def fast():
    print(x)
    x = 1


def free():
    def inner():
        return y

    r = inner()
    y = 2
    return r


def own_cell():
    z = 0
    del z

    def inner():
        return z

    return z


def missing_global():
    return no_such_name


for fn in (fast, free, own_cell, missing_global):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, "|", e)

try:
    print(undefined_at_module)
except NameError as e:
    print(type(e).__name__, "|", e)
print(issubclass(UnboundLocalError, NameError))
