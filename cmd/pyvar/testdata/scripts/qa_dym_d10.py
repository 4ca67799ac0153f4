def outer():
    some_local = 1
    def inner():
        return some_locl
    return inner()
outer()
