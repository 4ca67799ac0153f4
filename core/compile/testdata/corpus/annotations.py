x: int = 1
y: str
z.attr: int
w[0]: int = 2

def f(a: int, b: 'str' = 'x', *c: tuple, d: float, **e: dict) -> bool:
    v: int = 3
    return True

class C:
    field: int
    other: list = []
