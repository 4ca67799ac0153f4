# The global statement makes a function's assignments go to the module.
a = 1


def bump():
    global a
    a += 1
    return a


print(bump(), bump(), a)


def create():
    global created
    created = "made in a function"


create()
print(created)


def outer():
    a = "outer's own a"

    def inner():
        global a
        return a

    return inner(), a


print(outer())
