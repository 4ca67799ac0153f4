def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 / n
    except ZeroDivisionError as e:
        raise KeyError(n) from e
    finally:
        print("finally", n)
for n in (0, 2, 0.0):
    try:
        print(f(n))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e, e.__cause__, e.__context__)
try:
    try:
        1 / 0
    except Exception:
        [][1]
except IndexError as e:
    print(repr(e.__context__))
class E(Exception):
    def __str__(self): return "custom"
try:
    raise E
except E as e:
    print(e, e.args)
assert True, "no"
