from __future__ import annotations
import typing

x: typing.Optional[int] = None
y: dict[str, list[int | None]]

def f(a: int = 1, *args: 'str', b: lambda q, *r: q + 1 = 2, **kw: {1: 2, **d}) -> tuple[int, ...]:
    v: not_evaluated = 3
    return a

class C:
    attr: C | None
    other: (a if b else c) = 1
    third: f"x{y!r:>{w}}" + -(1 ** -2) @ ~x
    fourth: [i async for i in j if i] = []
    fifth: 1 .real
