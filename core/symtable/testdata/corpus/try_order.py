def f():
    try:
        pass
    except E:
        x = 1
    else:
        pass
    finally:
        del x
