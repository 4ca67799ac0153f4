def f(a: int, *b: str, c: "C" = None, **d: float) -> list:
    e: dict = {}
    return e
class C:
    x: int
    y: str = "s"
