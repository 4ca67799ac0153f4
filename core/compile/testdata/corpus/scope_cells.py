def outer(p):
    q = 1
    def inner(r):
        nonlocal q
        q += r + p
        return q
    def reader():
        return p, q
    p = 5
    return inner, reader

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
