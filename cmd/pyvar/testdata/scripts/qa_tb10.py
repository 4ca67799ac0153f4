lam = lambda: [][0]
def outer():
    return [lam() for _ in range(1)]
outer()
