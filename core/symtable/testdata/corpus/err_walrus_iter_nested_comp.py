def f(xs):
    return [x for x in [(y := 1) for z in xs]]
