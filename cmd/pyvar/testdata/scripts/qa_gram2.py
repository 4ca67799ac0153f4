# more grammar: global/nonlocal forms, lambda forms, comprehensions nesting, slices, ellipsis, semicolons
x = 1; y = 2; print(x, y)
if x: print("inline if")
while x < 3: x += 1
print(x)
for i in range(2): print("inline for", i)
class Inline: pass
def inline(): return "inline def"
print(inline(), Inline.__name__)
l = list(range(10))
print(l[1:8:2], l[-3:], l[:-7], l[::-3], l[slice(2, 4)], l[5:2], l[-100:100])
m = [[1, 2], [3, 4]]
print(m[1][0], [row[1] for row in m], [[r[i] for r in m] for i in range(2)])
class Sub:
    def __getitem__(self, k): return k
s = Sub()
print(s[1], s[1:2], s[1:2:3], s[:, 1], s[..., None], s[1, 2:3], s[()], s[::], s[:])
print(..., Ellipsis is ..., type(...).__name__)
f = lambda: 1; print(f())
f = lambda x, /, y=2, *a, z, **k: (x, y, a, z, k); print(f(1, z=3), f(1, 2, 3, z=4, w=5))
print((lambda *a: a)(), (lambda **k: k)(), (lambda a=[]: a)())
print([x for x in range(3)], [x * y for x in range(1, 3) for y in range(1, 3)], [y for x in [[1, 2], [3]] for y in x])
print({x: y for x, y in [(1, 2)]}, {x for x in "aba"} == {"a", "b"}, list(x for x in ()))
print([(x, y) for x in range(3) if x % 2 == 0 for y in "ab" if y != "b"])
print([lambda: x for x in range(2)][0](), [(lambda x=x: x)() for x in range(2)])
# conditional expression precedence
print(1 if True else 2 + 10, (1 if False else 2) + 10, [1 if x else 0 for x in (0, 1)])
# operator precedence
print(2 + 3 * 4 ** 2, -3 ** 2, not 1 == 2, 1 | 2 ^ 3 & 4, 1 << 2 + 1, (1 < 2) == True, 5 - 3 - 1, 2 ** 3 ** 2, 10 / 5 / 2, 7 // 2 * 2)
print(not None, not [], 0 or [] or "last", 1 and [] and 3, "a" and "b" or "c")
# is/in comparisons
a = []
print(a is a, a is not [], 1 in [1], 1 not in [2], "a" in {"a": 1}, None is None)
# numbers with underscores and various literals
print(1_0, 0x_f, 0b_1, 0o_7, 1_0.0_1, 1e1_0, 1_0j, 0.0, 00, 0_0)
# string literal forms
print('a' "b" '''c''' """d""", u"unicode", R"raw\n", Rb"x", BR"y", f"{1}" "plain" f'{2}', "\t|\x41|\101|\u0041|\U00000041|\N{DIGIT ONE}")
print("""line1
line2\
continued""")
print('it\'s', "say \"hi\"", '\\', "\a\b\f\v\0".encode())
# tuple without parens in various positions
t = 1, 2
for a, b in [t]: print(a, b)
def ret(): return 1, 2
print(ret(), [(1, 2)], (yield_ := 3))
# star in index / return / yield
def st():
    r = [1, 2]
    return *r, 3
print(st())
def sy():
    yield *[1, 2], 3
print(list(sy()))
# global/nonlocal multiple names
def gn():
    global ga, gb
    ga, gb = 1, 2
gn(); print(ga, gb)
def nm():
    p = q = 0
    def inner():
        nonlocal p, q
        p, q = 5, 6
    inner()
    return p, q
print(nm())
# del forms
dd = {"k": 1, "j": 2}; ll = [1, 2, 3]
class At: pass
at = At(); at.x = 1
del dd["k"], ll[0], at.x
print(dd, ll, hasattr(at, "x"))
(del1, del2) = (1, 2); del (del1, del2)
[del3] = [3]; del [del3]
try:
    del1
except NameError as e:
    print(e)
# pass/continue/break in nested
for i in range(3):
    for j in range(3):
        if j == 1: break
        if i == 1: continue
        print("ij", i, j)
# else clauses on try inside loops
for i in range(2):
    try:
        pass
    except Exception:
        pass
    else:
        print("try-else", i)
# assert with tuple message
try:
    assert 0, ("tuple", "msg")
except AssertionError as e:
    print(e.args)
# augmented assignment on attributes and subscripts evaluates target once
class Counter:
    n = 0
    def __getitem__(self, k):
        print("getitem", k); return 10
    def __setitem__(self, k, v):
        print("setitem", k, v)
def key():
    print("key evaluated"); return "k"
c = Counter(); c[key()] += 1
# chained assignment order
class Rec:
    def __setitem__(self, k, v): print("set", k, v)
r = Rec(); r[1] = r[2] = "v"
# if __debug__
if __debug__:
    print("debug on")
print(type(__debug__).__name__)
