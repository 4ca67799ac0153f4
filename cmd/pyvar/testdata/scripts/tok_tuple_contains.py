# `x in (tuple, tuple, ...)` and == of tuples: exact tuples compare item by
# item (identity first), subclasses keep their own __eq__.
toks = [("op", "+"), ("op", "-"), ("num", 3), ("name", "x"), ("end", None)]
for t in toks:
    print(t, t in (("op", "+"), ("op", "-")), t in [("num", 3)], t == ("end", None))
nan = float("nan")
t = (nan, 1)
print(t in [t], (nan, 1) in [t], t == t, [t] == [t])
print((1, 2) in [(1, 2, 3), (1,)], ((1, (2, 3)),) in [((1, (2, 3)),)])
print((1, 2.0) in [(1, 2)], (True, 0) == (1, False), ("a",) in [["a"]])


class T(tuple):
    def __eq__(self, other):
        print("T.__eq__", tuple(self), other)
        return True

    __hash__ = tuple.__hash__


print(T((9,)) in [(1, 2)], (1, 2) in [T((9,))], (1, 2) == T((9,)))


class E:
    def __eq__(self, other):
        print("E.__eq__")
        return False


e = E()
print((e, 1) in [(e, 1)], (E(), 1) in [(E(), 1)])
deep = ()
deep2 = ()
for i in range(3000):
    deep = (deep,)
    deep2 = (deep2,)
try:
    print(deep in [deep2])
except RecursionError as err:
    print("RecursionError", err)
