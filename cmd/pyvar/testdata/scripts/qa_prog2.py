# everyday: state machine, stack calculator, linked list, matrix class, json-ish serializer
class Node:
    def __init__(self, val, nxt=None): self.val, self.nxt = val, nxt
class LinkedList:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = Node(v, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.nxt
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.nxt, prev, cur = prev, cur, cur.nxt
        self.head = prev
        return self
    def __repr__(self): return " -> ".join(map(str, self)) or "empty"
print(LinkedList(1, 2, 3), LinkedList(1, 2, 3).reverse(), LinkedList())
def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("1.5 2 /"))
try:
    rpn("1 +")
except IndexError as e:
    print("IndexError", e)
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self): return f"Matrix({self.rows})"
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
I = Matrix([[1, 0], [0, 1]]); M = Matrix([[1, 2], [3, 4]])
print(M @ I == M, M @ M, M[1, 0])
def serialize(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj: return "{}"
        inner = ",\n".join(f'{pad}  "{k}": {serialize(v, indent + 1)}' for k, v in obj.items())
        return "{\n" + inner + "\n" + pad + "}"
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join(serialize(v, indent) for v in obj) + "]"
    if isinstance(obj, str):
        return '"' + obj.replace('"', '\\"') + '"'
    if obj is None: return "null"
    if isinstance(obj, bool): return "true" if obj else "false"
    return repr(obj)
print(serialize({"name": "pyvar", "tags": ["vm", "go"], "meta": {"ok": True, "n": None, "pi": 3.14}, "empty": {}}))
def traffic():
    state = "red"
    transitions = {"red": "green", "green": "yellow", "yellow": "red"}
    for _ in range(5):
        yield state
        state = transitions[state]
print(list(traffic()))
from math import gcd
class Frac:
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError("zero denominator")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    def __eq__(self, o): return (self.n, self.d) == ((o.n, o.d) if isinstance(o, Frac) else (o, 1))
    def __hash__(self): return hash((self.n, self.d))
    def __lt__(self, o): return self.n * o.d < o.n * self.d
    def __repr__(self): return f"{self.n}/{self.d}"
print(Frac(1, 2) + Frac(1, 3), sum([Frac(1, 4)] * 4), Frac(2, 4) == Frac(1, 2), 1 + Frac(1, 2), sorted([Frac(3, 4), Frac(1, 3), Frac(1, 2)]), Frac(3, -6), len({Frac(1, 2), Frac(2, 4)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
