try:
    raise KeyError("a")
except KeyError as e:
    raise TypeError("b") from None
