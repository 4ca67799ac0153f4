# tracebacks of various shapes
import sys
def a():
    return [1][5]
def b():
    try:
        a()
    finally:
        print("b finally")
def gen():
    yield 1
    raise ValueError("in gen")
def c():
    for x in gen():
        pass
def d():
    with open_cm():
        pass
class open_cm:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("exit")
for fn in (b, c, d):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(type(e).__name__, lines)
def key(v):
    return 1 / 0
try:
    sorted([1, 2], key=key)
except ZeroDivisionError as e:
    print("sorted", e)
def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)
deep(5)
