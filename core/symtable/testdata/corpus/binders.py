import os.path
import a.b.c as d
from e import f, g as h
from i import *
def k():
    with open("x") as (l, m):
        pass
    for n, *o in []:
        pass
    try:
        pass
    except ValueError as p:
        pass
    del q
    class R: pass
    def s(): pass
    async def t(): pass
    r: int
    u: int = 2
    (v): int = 3
    w.attr: int
    x[0]: int = 1
    return R
