def terminal_call():
    return 1
def outer_call():
    return terminal_call()
