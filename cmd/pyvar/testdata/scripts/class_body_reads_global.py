# A class body reads the global and binds a class attribute: twice in a row
# reads the class's own binding the second time.
n = 10


class Once:
    n = n + 1


class Twice:
    n = n + 1
    n = n + 1


class Augmented:
    n += 5


print(n, Once.n, Twice.n, Augmented.n)


def in_function():
    try:
        n = n + 1
    except UnboundLocalError as e:
        return str(e)


print(in_function())
