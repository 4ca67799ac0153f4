# Nested scopes of every depth and shape.
def make_adder(x):
    def adder(y):
        return x + y
    return adder


def make_adder2(x):
    def extra():
        def adder(y):
            return x + y
        return adder
    return extra()


def make_adder3(x):
    def adder(y):
        return global_x + x + y
    return adder


global_x = 100
print(make_adder(1)(2), make_adder2(10)(5), make_adder3(1)(2))


def shadowed_by_param(x):
    def inner(x):
        return x * 2
    return inner(x + 1)


print(shadowed_by_param(3))


def recursive_closure(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


print(recursive_closure(6))


def mutual():
    def even(n):
        return n == 0 or odd(n - 1)

    def odd(n):
        return n != 0 and even(n - 1)
    return even(10), odd(7)


print(mutual())


def lambdas(a):
    f = lambda b: lambda c: a + b + c
    return f(10)(100)


print(lambdas(1))


def class_in_function(x):
    class Inner:
        value = x

        def method(self):
            return x * 2

        def uses_class_attr(self):
            return self.value
    return Inner().method(), Inner.value, Inner().uses_class_attr()


print(class_in_function(21))


def unbound_in_nested():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()


print(unbound_in_nested())


def free_and_local_same_name():
    x = "outer"

    def inner():
        x = "inner"
        return x
    return inner(), x


print(free_and_local_same_name())


def list_comprehension_scope():
    y = 10
    return [y + i for i in range(3)], [(lambda: i)() for i in range(3)]


print(list_comprehension_scope())


def generator_closure():
    base = 5

    def gen():
        for i in range(3):
            yield base + i
    g = gen()
    first = next(g)
    return first, list(g)


print(generator_closure())


def nonlocal_in_generator():
    total = 0

    def add_all(xs):
        nonlocal total
        for x in xs:
            total += x
            yield total
    return list(add_all([1, 2, 3])), total


print(nonlocal_in_generator())


def cell_after_del():
    x = 1

    def get():
        return x
    del x
    try:
        get()
    except NameError as e:
        print(e)
    x = 2
    return get()


print(cell_after_del())
