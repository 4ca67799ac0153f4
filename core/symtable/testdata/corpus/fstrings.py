def f(a, b):
    return f"{a!r:{b}} {b}"
