# with statement and exceptions
class CM:
    def __init__(self, name, swallow=False):
        self.name = name; self.swallow = swallow
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow

with CM("a") as x, CM("b") as y:
    print(x, y)
with CM("c", True):
    raise ValueError("swallowed")
try:
    with CM("d"):
        raise KeyError("k")
except KeyError as e:
    print("outer", repr(e))

def gen_with():
    with CM("g"):
        yield 1
        yield 2
for v in gen_with():
    print(v)

def ret_with():
    with CM("r"):
        return "ret"
print(ret_with())

def brk():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                break
            continue
    return i
print(brk())
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
