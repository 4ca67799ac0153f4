# contextmanager-like classes and suppression semantics with generators; nested with unwinding order
log = []
class CM:
    def __init__(self, name, swallow=()):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        log.append("enter " + self.name); return self.name
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return et is not None and issubclass(et, self.swallow)
with CM("outer", (KeyError,)):
    with CM("inner"):
        raise KeyError("x")
print(log); log.clear()
with CM("a", (ValueError,)) as a, CM("b") as b:
    log.append(f"body {a} {b}")
    raise ValueError
print(log); log.clear()
def in_func():
    with CM("f"):
        try:
            with CM("g", (ZeroDivisionError,)):
                1 / 0
            return "returned after suppressed"
        finally:
            log.append("finally")
print(in_func(), log); log.clear()
# with in a loop with exceptions swallowed each time
for i in range(3):
    with CM(f"loop{i}", (IndexError,)):
        [][i]
print(log); log.clear()
# exception raised by __exit__ when swallowing
class Explode:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise TypeError("replaced") from ev
try:
    with Explode():
        raise KeyError("orig")
except TypeError as e:
    print(e, repr(e.__cause__), repr(e.__context__))
# __exit__ receives exception instance created from class
class Inspect:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(et, type(ev), ev.args, tb.tb_lineno > 0)
        return True
with Inspect():
    raise ValueError
with Inspect():
    raise ValueError("with args", 2)
