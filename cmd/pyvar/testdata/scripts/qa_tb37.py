def level3():
    raise ValueError("deep problem")
def level2():
    try:
        level3()
    except ValueError as e:
        raise KeyError("mid") from e
def level1():
    try:
        level2()
    except KeyError:
        raise RuntimeError("top")
level1()
