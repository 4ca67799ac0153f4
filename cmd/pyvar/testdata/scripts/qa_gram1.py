# star expressions
a, *b, c = range(6); print(a, b, c)
*d, = "xyz"; print(d)
[e, *f] = (1,); print(e, f)
first, (second, *rest) = 1, [2, 3, 4]; print(first, second, rest)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]}, {**{"a": 1}, "b": 2, **{"a": 3}})
def kw(*args, **kwargs): return args, sorted(kwargs.items())
print(kw(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))
try:
    kw(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    kw(**{"1": 2}, **{"1": 3})
except TypeError as e:
    print(e)
try:
    kw(*5)
except TypeError as e:
    print(e)
try:
    kw(**5)
except TypeError as e:
    print(e)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
# walrus
if (n := len("hello")) > 3:
    print("n", n)
data = [1, 2, 3, 4]
print([y for x in data if (y := x * 2) > 4], y)
while (chunk := data.pop()) > 2:
    print("chunk", chunk)
print((z := 5, z + 1))
# chained comparisons
def v(x): print("eval", x); return x
print(v(1) < v(2) < v(3), v(3) < v(2) < v(1))
print(1 < 2 > 0 == 0 != 1, 1 == 1.0 != None, 2 in [1, 2] not in [[1]])
print("a" < "b" <= "b", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
# conditional expressions
print("yes" if 0 else "no", 1 if 1 else 2 if 0 else 3)
# f-strings
name = "world"; width = 10; prec = 3; val = 3.14159
print(f"hello {name!r:>{width}}|{val:.{prec}f}|{val=}|{name = }|{1+1=}|{val=:.2f}")
print(f"{'nested ' + f'{name}'}", f"{{braces}}", f"{3:{'>'}{5}}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }")
print(f"{name!s}{name!a}{'é'!a}", f"{42:#x}{42:08b}{1234567:,}{1234567:_}{0.5:%}", f"{-1:+}{1:+} {1e10:g} {12345.678:e}")
print(f"""multi
{name}""", rf"\n{name}")
# decorators with arguments
def deco(tag):
    def wrap(fn):
        def inner(*a):
            return f"<{tag}>{fn(*a)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
class NS:
    deco = staticmethod(deco)
@deco("b")
@deco("i")
def text(s): return s
print(text("hi"), text.__name__)
@NS.deco("u")
def t2(): return "x"
print(t2())
@(lambda f: f() )
def called(): return "immediately"
print(called)
# misc statements
x = y = z = 0; print(x, y, z)
x += 1; x -= 2; x *= -3; x **= 2; x //= 2; x %= 3; x <<= 4; x >>= 1; x |= 1; x &= 7; x ^= 2; print(x)
lst = [1, 2, 3]; lst[1] += 10; lst[0:1] = [7, 8]; print(lst)
del lst[0], lst[-1]; print(lst)
assert True, "never"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print(repr(e))
for i in range(3):
    pass
else:
    print("for-else", i)
while False:
    pass
else:
    print("while-else")
for i in range(3):
    if i == 1: break
else:
    print("not printed")
if 0: pass
elif 1: print("elif")
def ann(a: int, b: "str" = "x", *c: float, d: bool = True, **e: dict) -> None: pass
print(ann.__annotations__)
xa: int = 5
ya: str
print(__annotations__)
class AC:
    p: int
    q: str = "s"
print(AC.__annotations__, AC.q)
print(0x1F, 0o17, 0b101, 1_000_000, 1e3, 1.5j, .5, 5., 0xFF_FF)
print("con" "cat", 'single', """triple""", r"\raw", b"bytes", rb"\x", "\x41\u00e9\N{BULLET}\101")
print(not 1, -~3, 2 ** -1, -2 ** 2, (-2) ** 2, 7 // 2, -7 // 2, 7 % -3, divmod(-7, 2), 2 ** 100)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or 0)
print(...)
lam = lambda *a, k=1, **kw: (a, k, kw)
print(lam(1, k=2, j=3))
def posonly(a, b, /, c, *, d): return a, b, c, d
print(posonly(1, 2, c=3, d=4))
try:
    posonly(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(e)
print([(i, j) for i in range(3) for j in range(i) if j], {k: v for k, v in zip("ab", (1, 2))}, {c for c in "aab"} == {"a", "b"})
print(type(lambda: 0).__name__, (lambda: (yield))().__class__.__name__)
global_var = 1
def gfn():
    global global_var
    global_var += 1
gfn(); print(global_var)
