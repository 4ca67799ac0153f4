try:
    1/0
except ZeroDivisionError as e:
    e2 = ValueError("ctx suppressed")
    e2.__suppress_context__ = True
    raise e2
