def double(x):
    return x * 2
_private = 1
