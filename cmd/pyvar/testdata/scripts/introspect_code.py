# Code objects, functions and cells, inspected.
def top_bun(w):
    a = 1

    def spam_meat(y):
        nonlocal a
        a = a + y

        def bottom_bun(x):
            return a + x

        return bottom_bun

    return spam_meat(w)


co = top_bun.__code__
print(co.co_name, co.co_argcount, co.co_varnames, co.co_cellvars, co.co_freevars)
meat = co.co_consts[2]
print(meat.co_name, meat.co_cellvars, meat.co_freevars, meat.co_varnames)
bottom = meat.co_consts[1]
print(bottom.co_name, bottom.co_cellvars, bottom.co_freevars, bottom.co_varnames)
sandwich = top_bun(100)
print(len(sandwich.__closure__), sandwich.__closure__[0].cell_contents, sandwich.__code__.co_freevars)
print(sandwich(1), sandwich.__name__, sandwich.__qualname__)
print(top_bun.__closure__, top_bun.__defaults__, top_bun.__module__)


def with_defaults(a, b=2, *, c=3):
    "A docstring."
    return a


print(with_defaults.__defaults__, with_defaults.__kwdefaults__, with_defaults.__doc__)
print(with_defaults.__code__.co_kwonlyargcount, with_defaults.__code__.co_nlocals)


def empty_cell():
    def inner():
        return later

    try:
        inner.__closure__[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    later = 1
    return inner.__closure__[0].cell_contents


print(empty_cell())


def snapshot():
    x = 1
    snap = locals()
    x = 2
    snap["x"] = 99
    return snap["x"], x, sorted(locals())


print(snapshot())
