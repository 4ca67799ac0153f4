# == and != of strs against other kinds, tuples of strs and ints compared
# item by item, the recursion limit of nested tuple comparisons.
for a in (5, 2.5, True, None, "5", "("):
    for b in ("5", "(", 5, None):
        print(repr(a), repr(b), a == b, a != b, b == a, b != a)
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    None >= "a"
except TypeError as e:
    print(e)


class S(str):
    def __eq__(self, other):
        print("S.__eq__", other)
        return True

    __hash__ = str.__hash__


class E:
    def __eq__(self, other):
        print("E.__eq__", other)
        return other == 5


print(S("x") == 5, 5 == S("x"), "x" == S("y"), S("y") == "x")
print(5 == E(), E() == 5, "x" == E())
nan = float("nan")
t = (nan, "a", 1)
print(t == t, t == (nan, "a", 1), (1, "a") == (1, "a"), (1, "a") == (1, "b"), (1, 2) == (1, 2.0))
print(("op", "-") in (("op", "+"), ("op", "-")), ("op", "*") in (("op", "+"), ("op", "-")))
print(("op", S("q")) in (("op", "+"),), (E(), 1) in ((5, 1), (6, 1)), (1, E()) in ((1, 6), (1, 5)))
print(["a", 1] in [("a", 1), ["a", 1]], (2**70, "x") in ((2**70, "x"),), ("a", (1, ("b",))) == ("a", (1, ("b",))))
print([1, "b", 3].index("b"), ("x", 7).count(7), "q" in ["p", S("z")])
t = ()
u = ()
for i in range(5000):
    t = (t,)
    u = (u,)
for f in (lambda: t == u, lambda: t in [u], lambda: [t] == [u], lambda: t != u):
    try:
        print(f())
    except RecursionError as e:
        print("RecursionError", e)
