# Cells both ways: the enclosing function rebinds after the inner def, and the
# inner function rebinds through nonlocal.
def enclosing_rebinds():
    value = "first"

    def read():
        return value

    before = read()
    value = "second"
    return before, read()


print(enclosing_rebinds())


def inner_rebinds():
    hits = 0

    def hit():
        nonlocal hits
        hits += 1
        return hits

    hit()
    hit()
    return hits, hit()


print(inner_rebinds())


def parameter_cell(p):
    def get():
        return p

    p = p * 10
    return get()


print(parameter_cell(4))


def three_levels():
    a = 1

    def middle():
        def inner():
            return a + 1

        return inner()

    return middle()


print(three_levels())


def loop_closures():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [fn() for fn in fns]


def loop_closures_bound():
    return [fn() for fn in [(lambda j=i: j) for i in range(3)]]


print(loop_closures(), loop_closures_bound())
