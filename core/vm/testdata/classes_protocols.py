import sys
class Node:
    def __init__(self, v, nxt=None):
        self.v = v; self.nxt = nxt
    def __repr__(self):
        return f"Node({self.v})"
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
lst = Node(1, Node(2, Node(3)))
print(list(lst), sum(lst), max(lst), lst)
class Stack(list):
    def push(self, x):
        self.append(x)
s = Stack()
s.push(1); s.push(2)
print(s, len(s), s.pop())
class Temp:
    def __init__(self):
        self._t = 0
    @property
    def t(self):
        return self._t
    @t.setter
    def t(self, v):
        if v < 0: raise ValueError("neg")
        self._t = v
tt = Temp()
tt.t = 5
print(tt.t)
try:
    tt.t = -1
except ValueError as e:
    print(e)
class Ord:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"O{self.k}"
print(sorted([Ord(3), Ord(1), Ord(2)]))
print(min(Ord(3), Ord(1)))
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, int): return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o): return Money(self.c + o)
    def __eq__(self, o): return isinstance(o, Money) and self.c == o.c
    def __hash__(self): return hash(self.c)
print((Money(1) + 2).c, (3 + Money(1)).c, Money(1) == Money(1), len({Money(1), Money(1)}))
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
class Bad:
    def __repr__(self):
        raise RuntimeError("repr fail")
try:
    repr(Bad())
except RuntimeError as e:
    print(e)
print(getattr(tt, 'missing', 'dflt'), hasattr(tt, 't'))
setattr(tt, 'z', 9)
print(tt.z)
delattr(tt, 'z')
try:
    tt.z
except AttributeError as e:
    print(e)
class WithClassVar:
    items = []
    def add(self, x):
        self.items.append(x)
w1, w2 = WithClassVar(), WithClassVar()
w1.add(1)
print(w2.items)
print(type(3).__name__, type('a'), type(None))
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
