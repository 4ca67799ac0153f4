nan = float("nan")
for f in [lambda: [nan] == [nan], lambda: nan in [nan], lambda: (nan,) == (nan,), lambda: {nan: 1}.get(nan), lambda: [nan].count(nan), lambda: [nan].index(nan)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class NeverEq:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = NeverEq()
for f in [lambda: [n] == [n], lambda: n in [n], lambda: n in (n,), lambda: n in {n}, lambda: {n: 1}[n], lambda: [n].count(n)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class MyStr(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
for f in [lambda: {MyStr("a"): 1}.get("a"), lambda: {"a": 1}.get(MyStr("a")), lambda: MyStr("a") in {"a"}, lambda: "a" in {MyStr("a")}]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
