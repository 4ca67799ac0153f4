# User-defined exceptions: args, str, hierarchy, chaining.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


try:
    raise NotFound("spam")
except AppError as e:
    print(type(e).__name__, e.args, str(e), e.key, isinstance(e, Exception))

e = AppError(1, 2)
print(e.args, str(e), repr(e))
print(repr(AppError()), str(AppError("one")))

try:
    try:
        {}["x"]
    except KeyError as inner:
        raise AppError("wrapped") from inner
except AppError as outer:
    print(repr(outer.__cause__), outer.__context__ is outer.__cause__)


def finally_order():
    out = []
    try:
        out.append("try")
        return out
    finally:
        out.append("finally")


print(finally_order())
