def f(cmd):
    match cmd:
        case ['go', direction]:
            return direction
        case {'x': x, **rest}:
            return x, rest
        case Point(x=0, y=yy) | Point(1, yy):
            return yy
        case 1 | 2 | 3:
            return 'small'
        case str() as s if s:
            return s
        case None:
            return None
        case _:
            return 'other'
