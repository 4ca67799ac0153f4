nan = float("nan")
print(nan == nan, [nan] == [nan], nan in [nan], (nan,) == (nan,), {nan: 1}.get(nan), [nan].count(nan), [nan].index(nan))
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NeverEq()
print(n == n, [n] == [n], n in [n], n in (n,), n in {n}, {n: 1}[n], [n].count(n))
class MyStr(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print({MyStr("a"): 1}.get("a"), {"a": 1}.get(MyStr("a")), MyStr("a") in {"a"}, "a" in {MyStr("a")})
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(e)
try:
    fl = 1.5; print([1][fl])
except TypeError as e:
    print(e)
