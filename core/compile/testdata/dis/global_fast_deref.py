x = 1

def f(y, z):
    def _():
        return z

    return x + y + z
