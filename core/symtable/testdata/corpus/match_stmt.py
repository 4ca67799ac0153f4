def f(cmd):
    match cmd:
        case [a, *rest]:
            return a, rest
        case {"k": b, **others}:
            return b, others
        case Point(x=c, y=0) | Point(x=0, y=c):
            return c
        case str() as d:
            return d
        case _:
            return None
