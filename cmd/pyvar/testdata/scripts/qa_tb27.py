def nest(n):
    if n == 0:
        raise IndexError("deep")
    return nest(n - 1)
nest(50)
