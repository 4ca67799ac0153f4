class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v!r})"
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __sub__(self, o): return V(self.v - o)
    def __rsub__(self, o): return V(o - self.v)
    def __mul__(self, o): return V(self.v * o)
    def __rmul__(self, o): return V(o * self.v)
    def __truediv__(self, o): return V(self.v / o)
    def __rtruediv__(self, o): return V(o / self.v)
    def __floordiv__(self, o): return V(self.v // o)
    def __rfloordiv__(self, o): return V(o // self.v)
    def __mod__(self, o): return V(self.v % o)
    def __rmod__(self, o): return V(o % self.v)
    def __pow__(self, o, m=None): return V(pow(self.v, o, m))
    def __rpow__(self, o): return V(o ** self.v)
    def __lshift__(self, o): return V(self.v << o)
    def __rlshift__(self, o): return V(o << self.v)
    def __rshift__(self, o): return V(self.v >> o)
    def __rrshift__(self, o): return V(o >> self.v)
    def __and__(self, o): return V(self.v & o)
    def __rand__(self, o): return V(o & self.v)
    def __or__(self, o): return V(self.v | o)
    def __ror__(self, o): return V(o | self.v)
    def __xor__(self, o): return V(self.v ^ o)
    def __rxor__(self, o): return V(o ^ self.v)
    def __matmul__(self, o): return "matmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(+self.v)
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1j
    def __index__(self): return 3
    def __round__(self, n=None): return ("round", n)
    def __bool__(self): return self.v != 0
    def __len__(self): return 4
v = V(6)
print(v + 1, 1 + v, v - 1, 10 - v, v * 2, 2 * v, v / 4, 3 / v)
print(v // 4, 20 // v, v % 4, 20 % v, v ** 2, 2 ** v)
print(v << 1, 1 << v, v >> 1, 256 >> v, v & 3, 3 & v, v | 1, 1 | v, v ^ 3, 3 ^ v)
print(v @ 1, 1 @ v, divmod(v, 2), divmod(2, v))
print(-v, +v, abs(V(-3)), ~v, int(v), float(v), complex(v), round(v), round(v, 2))
print(bool(V(0)), bool(v), len(v), [10, 20, 30, 40][v], bin(v), hex(v), oct(v))
w = V(1)
w += 5; print(w)
w -= 1; print(w)
w *= 3; print(w)

class I:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(("iadd", o)); return self
    def __isub__(self, o): return "isub"
i = I(); j = i; i += 3; print(i is j, i.log)
i -= 1; print(i)

class NoAdd: pass
for expr in ["NoAdd() + 1", "1 + NoAdd()", "NoAdd() < 1", "-NoAdd()", "NoAdd() ** 2", "NoAdd() @ 1", "abs(NoAdd())", "len(NoAdd())", "NoAdd()[0]", "NoAdd()()", "iter(NoAdd())", "next(NoAdd())", "hash([])", "1 < 'a'", "[] + ()", "'a' * 'b'", "'a' + 1", "1 + 'a'", "~1.5", "divmod('a', 1)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)

# NotImplemented fallbacks
class A:
    def __eq__(self, o): print("A.eq"); return NotImplemented
    def __lt__(self, o): print("A.lt"); return NotImplemented
class B:
    def __eq__(self, o): print("B.eq"); return NotImplemented
    def __gt__(self, o): print("B.gt"); return True
a, b = A(), B()
print(a == b)
print(a != b)
print(a < b)
print(a is a, a == a)
class Sub(B):
    def __eq__(self, o): print("Sub.eq"); return "sub!"
print(B() == Sub())
class Num:
    def __init__(self, n): self.n = n
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "radd"
class Num2(Num):
    def __radd__(self, o): return "Num2.radd"
print(Num(1) + Num2(1))
print(1 + Num(2))
