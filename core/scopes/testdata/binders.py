import os.path
import collections.abc as cabc
from functools import reduce, partial as part


def binders(path, *args, flag=False, **kw):
    with open(path) as fh, open(path) as (other):
        data = fh.read()
    for idx, (a, *rest) in enumerate(args):
        pass
    try:
        value = int(data)
    except ValueError as exc:
        value = exc
    else:
        value = None
    finally:
        pass
    import json
    from json import dumps as d

    def inner(q=value, *, r=idx):
        return q, r, d

    class Local:
        pass

    async def co():
        async with cabc as acm:
            pass
        async for item in acm:
            await item

    label: str = "x"
    plain: int
    return inner, Local, co, label, os, json, reduce, part


def params_as_cells(a, b, *c, **d):
    def g():
        return a, c, d
    return g, b


def annotations(a: int, b: "str" = "") -> list:
    local: dict = {}
    return [local]


lam = lambda x, y=1, *z, k, **w: (x, y, z, k, w)


def generators():
    x = yield 1
    yield from range(x)
