try:
    raise TypeError("a")
except TypeError:
    try:
        raise ValueError("b")
    except ValueError as v:
        raise KeyError("c") from v
