a = 10
b = 20


def func():
    return globals()


def terminal_call():
    return "terminal in mylib"


def outer_call():
    return terminal_call()
