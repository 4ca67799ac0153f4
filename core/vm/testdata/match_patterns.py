class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(o):
    match o:
        case 0 | 1:
            return "small int"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s:
            return "str " + s
        case [a, b, *rest]:
            return f"seq {a} {b} {rest}"
        case {'k': v, **others}:
            return f"map {v} {others}"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x=x, y=0):
            return f"on x axis {x}"
        case Point():
            return "point"
        case None:
            return "none"
        case _:
            return "other"
for o in [0, 1, 500, "hi", [1, 2, 3, 4], (5, 6), {'k': 1, 'j': 2}, Point(0, 3), Point(4, 0), Point(1, 1), None, 3.5, {'z': 1}]:
    print(describe(o))
try:
    match 5:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
def keys(m, k):
    match m:
        case {'a': 1, **rest} if k:
            return rest
        case {'a': x}:
            return x
    return 'none'
print(keys({'a': 1, 'b': 2}, True), keys({'a': 5}, False), keys({}, False))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
match 3.0:
    case float(f):
        print("float", f)
