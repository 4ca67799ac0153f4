# A function's __name__, __qualname__ and __doc__ come from the code it was
# made with until assigned; assigning __code__ changes none of them.
import types


def outer():
    def inner(a, b=2):
        "inner's doc"
        return a + b
    return inner


def plain():
    return "not a docstring"


f = outer()
print(f.__name__, f.__qualname__, repr(f.__doc__))
print(plain.__name__, plain.__qualname__, plain.__doc__)
print((lambda: "x").__name__, (lambda: 0).__doc__)

f.__code__ = plain.__code__
print(f.__name__, f.__qualname__, repr(f.__doc__), f())

g = outer()
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
g.__doc__ = None
print(g.__name__, g.__qualname__, g.__doc__, g(1), g(1, 5))
print(repr(g).split(" at ")[0])
try:
    g.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    del g.__qualname__
except TypeError as e:
    print("TypeError:", e)
g.__doc__ = "new doc"
print(g.__doc__)
del g.__doc__
print(g.__doc__)

# types.FunctionType takes the code's name as the qualified name (3.10).
h = types.FunctionType(outer().__code__, globals())
print(h.__name__, h.__qualname__, h.__doc__, h(3, 4))
h2 = types.FunctionType(outer().__code__, globals(), "given")
print(h2.__name__, h2.__qualname__)

# A generator takes the function's names when it starts.
def gen():
    yield 1
gen.__name__ = "gname"
gen.__qualname__ = "G.gname"
it = gen()
print(it.__name__, it.__qualname__, repr(it).split(" at ")[0])
gen.__name__ = "later"
print(it.__name__, gen().__name__)

# Keyword-only defaults, annotations and __dict__ are made on demand.
def kw(a, *, b=1, c: int = 2) -> str:
    return (a, b, c)
print(kw.__kwdefaults__, kw.__annotations__, kw(0), kw(0, c=5))
kw.__kwdefaults__ = None
try:
    kw(0)
except TypeError as e:
    print("TypeError:", e)
kw.__kwdefaults__ = {"b": 7, "c": 8}
print(kw(0))
try:
    kw.__kwdefaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
print(plain.__annotations__, plain.__dict__, plain.__kwdefaults__)
plain.attr = 5
plain.__annotations__ = {"return": str}
print(plain.__dict__, plain.__annotations__, plain())
del plain.__annotations__
print(plain.__annotations__)

# A function with a __dict__, a docstring set or a new name still binds
# its arguments (the entry plan's fast path must not depend on them).
def add(x, y=10):
    return x + y
add.tag = 1
add.__doc__ = "adds"
add.__name__ = "plus"
print(sum(add(i) for i in range(5)), add(1, 2), add.__defaults__)
add.__defaults__ = (100,)
print(add(1))
