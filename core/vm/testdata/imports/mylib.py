VALUE = 42
def helper():
    return terminal()
def terminal():
    return "terminal from " + __name__
