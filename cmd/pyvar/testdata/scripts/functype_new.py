# types.FunctionType(code, globals[, name[, argdefs[, closure]]]) and
# types.CodeType(...) / code.replace(): arguments, errors, builtins.
def f(a, b=2):
    "doc"
    return a + b
FT = type(f)
g = FT(f.__code__, globals())
print(g(1, 2), g.__name__, g.__qualname__, g.__doc__, g.__defaults__, g.__module__)
g = FT(f.__code__, globals(), "h", (5,))
print(g(1, 1), g(1), g.__name__, g.__qualname__)
g = FT(code=f.__code__, globals={}, name="z")
print(g.__module__, g.__globals__, g.__builtins__ is __builtins__.__dict__)
def outer():
    x = 1
    def inner():
        return x
    return inner
inn = outer()
try: FT(inn.__code__, {})
except TypeError as e: print("TE", e)
try: FT(inn.__code__, {}, None, None, ())
except ValueError as e: print("VE", e)
try: FT(inn.__code__, {}, None, None, (1,))
except TypeError as e: print("TE", e)
cell = inn.__closure__[0]
print(FT(inn.__code__, {}, None, None, (cell,))())
try: FT(f.__code__, {}, None, None, 1)
except TypeError as e: print("TE", e)
try: FT(f.__code__, {}, 1)
except TypeError as e: print("TE", e)
try: FT(f.__code__, {}, None, [1])
except TypeError as e: print("TE", e)
try: FT(1, {})
except TypeError as e: print("TE", e)
try: FT(f.__code__, 1)
except TypeError as e: print("TE", e)
try: FT(f.__code__)
except TypeError as e: print("TE", e)
try: FT()
except TypeError as e: print("TE", e)
try: FT(f.__code__, {}, x=1)
except TypeError as e: print("TE", e)
# builtins inheritance
def uses_len(): return len("abc")
src = "def k(): return len('ab')\nres = k()\nmk = lambda c: FT(c, {})\n"
ns = {"__builtins__": {"len": lambda x: 42, "FT": FT}, "FT": FT}
exec(src, ns)
print(ns["res"])
k2 = ns["mk"](uses_len.__code__)
print(k2())
print(FT(uses_len.__code__, {})())
class D(dict): pass
g = FT(uses_len.__code__, D())
print(g())
co = f.__code__
print(co.co_lnotab, co.co_linetable, list(co.co_lines()))
c2 = co.replace(co_name="ff")
print(c2.co_name, c2.co_filename == co.co_filename, FT(c2, {})(3, 4))
c3 = co.replace(co_flags=co.co_flags | 0x100)
print(hex(c3.co_flags))
try: co.replace(co_code="x")
except TypeError as e: print("TE", e)
try: co.replace(co_consts=[1])
except TypeError as e: print("TE", e)
try: co.replace(co_names=(1,))
except SystemError as e: print("SE", e)
except TypeError as e: print("TE", e)
try: co.replace(co_bogus=1)
except TypeError as e: print("TE", e)
try: co.replace(1)
except TypeError as e: print("TE", e)
CT = type(co)
c4 = CT(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_stacksize, co.co_flags, co.co_code, co.co_consts, co.co_names, co.co_varnames, co.co_filename, "newname", co.co_firstlineno, co.co_linetable)
print(c4.co_name, FT(c4, {})(1, 2), c4.co_linetable == co.co_linetable)
try: CT(1,2,3)
except TypeError as e: print("TE", e)
try: CT(-1, 0, 0, 0, 0, 0, b'', (), (), (), 'f', 'n', 1, b'')
except ValueError as e: print("VE", e)
print(type(co.co_lines()).__name__)
