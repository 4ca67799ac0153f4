def f():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        finally:
            print("finally in handler")
f()
