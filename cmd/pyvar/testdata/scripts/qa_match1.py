class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Color:
    RED = "red"
    GREEN = "green"
def describe(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case -5:
            return "neg five"
        case 1.5 | 2j:
            return "float/complex"
        case "hello" | b"bytes":
            return "str/bytes literal"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "value pattern red"
        case [1, 2, *rest]:
            return f"seq 1,2 rest={rest}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case [x, [y, z]]:
            return f"nested {x} {y} {z}"
        case {"kind": "circle", "r": r, **others}:
            return f"circle r={r} others={others}"
        case {"kind": k}:
            return f"mapping kind={k}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s:
            return f"other str {s!r}"
        case [*_, "last"]:
            return "ends with last"
        case []:
            return "empty seq"
        case {}:
            return "empty-ish mapping"
        case _:
            return "wildcard"
for v in [0, 1, -5, 1.5, 2j, "hello", b"bytes", None, True, False, "red", [1, 2, 3, 4], (7, 8, 9), [1, [2, 3]],
          {"kind": "circle", "r": 2, "c": 1}, {"kind": "sq"}, Point(0, 0), Point(0, 3), Point(2, 2), Point(1, 2),
          500, 50, "other", ["a", "last"], [], {"z": 1}, "abc", (1, 2), range(3), 3.0]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

# strings are not sequences for match
match "ab":
    case [a, b]: print("seq")
    case _: print("str is not a sequence pattern")
# bool/int literal distinction
match 1:
    case True: print("True matched 1?")
    case 1: print("1 matched")
# class patterns with builtins
for v in [1, 1.0, "s", [1], (1,), {"a": 1}, b"x", frozenset([1]), {1}]:
    match v:
        case bool(): r = "bool"
        case int(i): r = f"int {i}"
        case float(f): r = f"float {f}"
        case str(s): r = f"str {s}"
        case list([x]): r = f"list {x}"
        case tuple((x,)): r = f"tuple {x}"
        case dict({"a": val}): r = f"dict {val}"
        case bytes(bb): r = f"bytes {bb}"
        case frozenset(): r = "frozenset"
        case set(): r = "set"
    print(r)
# errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print("TypeError", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2): pass
except TypeError as e:
    print("TypeError", e)
try:
    match 1:
        case len(): pass
except TypeError as e:
    print("TypeError", e)
class BadMA:
    __match_args__ = ["a"]
try:
    match BadMA():
        case BadMA(x): pass
except TypeError as e:
    print("TypeError", e)
# capture binding leak
match [1, 2]:
    case [p, q]: pass
print(p, q)
# guard sees bindings, failed guard keeps bindings
match 5:
    case w if w > 10: print("no")
    case _: print("w bound:", w)
# nested or with captures
match (1, "x"):
    case (1 | 2 as num, ("x" | "y") as ch):
        print(num, ch)
# mapping with get and missing keys
class M(dict):
    def __missing__(self, k): return "MISSING"
match M(a=1):
    case {"b": _}: print("matched b?!")
    case {"a": 1}: print("a matched without __missing__")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}: print(rest)
match 42:
    case x:
        print("irrefutable", x)
