# match capture patterns bind names in the enclosing scope.
def matches(cmd):
    match cmd:
        case [first, *others]:
            return first, others
        case {"key": val, **extra}:
            return val, extra
        case (1 | 2) as small:
            return small
        case str(text):
            return text
        case _:
            return None


def nested_capture(points):
    for p in points:
        match p:
            case {"x": x, "y": y} if x == y:
                def show():
                    return x, y
                return show
    return None


match __name__:
    case "__main__" as mod_name:
        pass
    case other:
        print(other)
