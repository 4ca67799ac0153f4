def f(w, x):
    match w, x:
        case y, z:
            v = 0
        case [a, b, c]:
            pass
        case {'k': (1 | 2) as p}:
            pass
        case (1 as one) | (2 as one):
            return one
    return y, z
