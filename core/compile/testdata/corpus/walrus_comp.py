def f(data):
    if (n := len(data)) > 10:
        return n
    return [y for x in data if (y := x * 2)], y

def g(xs):
    total = 0
    [total := total + x for x in xs]
    return total
