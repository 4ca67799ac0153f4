# match: more patterns and semantics
def m(x):
    match x:
        case {"a": 1, "b": [_, *others]}: return f"map+seq {others}"
        case [1, [2, [3, *deep]]]: return f"deep {deep}"
        case [(1 | 2) as first, *_] if first > 1: return "first>1"
        case (1 | 2, _): return "pair starting 1|2"
        case [*head, 9]: return f"ends 9 head={head}"
        case str(s) if len(s) > 3: return "long str"
        case int() | float() as num if num < 0: return "negative"
        case {**rest} if not rest: return "empty dict"
        case _: return "default"
for v in [{"a": 1, "b": [0, 1, 2]}, [1, [2, [3, 4, 5]]], [2, 0], (1, "x"), [1, 2, 9], "hello", -3, -2.5, {}, "abc", {"k": 1}]:
    print(m(v))
# value patterns with dotted names, enums-like
class Status:
    OK = 200
    NOT_FOUND = 404
def http(code):
    match code:
        case Status.OK: return "ok"
        case Status.NOT_FOUND: return "missing"
        case 500 | 501 | 502: return "server"
        case _: return "other"
print([http(c) for c in (200, 404, 501, 302)])
# match on tuples vs lists both sequence
for v in [(1, 2), [1, 2], range(1, 3)]:
    match v:
        case [1, 2]: print("seq match", type(v).__name__)
# mapping pattern uses get, extra keys ok, key order
match {"x": 1, "y": 2, "z": 3}:
    case {"y": yv, "x": xv}: print(xv, yv)
# class pattern with keyword and positional mixing, __match_args__ inherited
class P:
    __match_args__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
class Q(P): pass
match Q(1, 2):
    case P(1, b=bb): print("Q is P", bb)
try:
    match P(1, 2):
        case P(1, a=1): pass
except TypeError as e:
    print("TypeError", e)
# class pattern attribute missing -> no match
match P(1, 2):
    case P(c=3): print("no")
    case P(): print("P without c")
# guard evaluation order / side effects
def side(x):
    print("guard", x)
    return x
match 3:
    case 1 if side(False): pass
    case 3 if side(True): print("matched 3")
# subject evaluated once
def subj():
    print("subject evaluated")
    return [1]
match subj():
    case [2]: pass
    case [1]: print("one")
# wildcard in sequence and star wildcard
match [1, 2, 3, 4]:
    case [_, _, *_]: print("at least two")
match []:
    case [*_]: print("any sequence")
# literal None/True/False use identity
match 1.0:
    case 1: print("1.0 == 1 matches literal 1")
match 0:
    case False: print("0 matches False?")
    case _: print("0 does not match False")
# match with walrus-like capture in or-patterns same names
match (2, "b"):
    case (1, x) | (2, x): print("captured", x)
# strings/bytes not sequence, but bytearray? mapping with non-dict
