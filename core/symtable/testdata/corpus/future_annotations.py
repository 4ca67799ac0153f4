"""doc"""
from __future__ import annotations
def f():
    T = int
    def g(a: T) -> T:
        x: T = 1
        return x
    return g
class C:
    z: undefined_name
