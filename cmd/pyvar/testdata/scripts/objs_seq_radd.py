# A built-in sequence concatenates and repeats only after the right operand's
# __radd__/__rmul__ had its turn (sq_concat/sq_repeat come after the number slots).
class R:
    def __radd__(self, other):
        return "R.radd"
    def __rmul__(self, other):
        return "R.rmul"
class N:
    def __radd__(self, other):
        return NotImplemented
    def __rmul__(self, other):
        return NotImplemented
    def __index__(self):
        return 2
class I(int):
    def __radd__(self, other):
        return "I.radd"
class S(str):
    pass
class L(list):
    def __add__(self, other):
        return "L.add"
for a in ["a", [1], (1,), b"x", bytearray(b"y"), S("s"), L([2])]:
    for b in [R(), N(), I(3), "z", 2]:
        for op in ["+", "*"]:
            try:
                print(repr(a), op, type(b).__name__, "->", repr(eval("a" + op + "b")))
            except TypeError as e:
                print(repr(a), op, type(b).__name__, "TypeError", e)
class R2:
    def __radd__(self, other):
        return "R.radd"
    def __rmul__(self, other):
        return "R.rmul"
    def __iter__(self):
        return iter([7])
for a0 in [[1], bytearray(b"x"), "s", (1,)]:
    a = a0.copy() if hasattr(a0, "copy") else a0
    try:
        a += R2()
        print(repr(a0), "+=", repr(a))
    except TypeError as e:
        print("TypeError", e)
    a = a0.copy() if hasattr(a0, "copy") else a0
    try:
        a *= R2()
        print(repr(a0), "*=", repr(a))
    except TypeError as e:
        print("TypeError", e)
l = [1]
l += (2, 3)
l *= 2
print(l)
