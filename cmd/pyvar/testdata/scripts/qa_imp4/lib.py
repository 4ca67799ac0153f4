def terminal_call():
    return "lib's terminal"
def outer_call():
    return terminal_call()
