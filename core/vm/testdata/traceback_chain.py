def a():
    b()

def b():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("from b") from e

def c():
    try:
        a()
    except ValueError:
        d = {}
        d['missing']

c()
