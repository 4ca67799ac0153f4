def outer():
    value = 1
    return inner(valeu)

def inner(v):
    return v

outer()
