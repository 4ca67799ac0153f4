from __future__ import annotations
def f():
    def g(a: (yield)): pass
