class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with CM("d") as x, CM("e") as y:
    print(x, y)
with (CM("f") as p,
      CM("g") as q):
    print(p, q)
def ret():
    with CM("h"):
        return "returned"
print(ret())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit error")
try:
    with ExitRaises():
        raise ValueError("body error")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except AttributeError as e:
    print("AttributeError", e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except AttributeError as e:
    print("AttributeError", e)
class EnterRaises:
    def __enter__(self): raise OSError("cannot enter")
    def __exit__(self, *a): print("never")
try:
    with EnterRaises():
        print("never body")
except OSError as e:
    print("OSError", e)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy suppressed")
class Tgt:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): pass
with Tgt() as (a, [b, c]):
    print(a, b, c)
d = {}
with Tgt() as d["k"]:
    pass
print(d)
# generator-based context manager by hand
class Gen:
    def __init__(self, g): self.g = g
    def __enter__(self): return next(self.g)
    def __exit__(self, et, ev, tb):
        if et is None:
            try: next(self.g)
            except StopIteration: return False
        else:
            try: self.g.throw(ev)
            except StopIteration: return True
            except BaseException as e:
                if e is ev: return False
                raise
def managed():
    print("setup")
    try:
        yield "res"
    except ZeroDivisionError:
        print("handled in gen")
    finally:
        print("teardown")
with Gen(managed()) as r:
    print("using", r)
with Gen(managed()) as r:
    1 / 0
print("done")
