class Problem(Exception):
    pass


def deep(n):
    if n == 0:
        raise Problem("at the bottom")
    deep(n - 1)


try:
    deep(2)
except Problem as e:
    raise RuntimeError("while handling") from e
