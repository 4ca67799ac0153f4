# introspection of closures, cells, code objects (issue 4 area)
def top_bun():
    meat = "spam"
    def spam_meat():
        def bottom_bun():
            return meat
        return bottom_bun
    return spam_meat
sm = top_bun()
bb = sm()
print(top_bun.__code__.co_cellvars, top_bun.__code__.co_freevars)
print(sm.__code__.co_cellvars, sm.__code__.co_freevars)
print(bb.__code__.co_cellvars, bb.__code__.co_freevars)
print(sm.__closure__[0] is bb.__closure__[0], bb.__closure__[0].cell_contents, repr(bb.__closure__[0])[:9])
print(top_bun.__closure__, type(sm.__closure__).__name__, len(bb.__closure__))
# cell contents modification
def mk():
    v = 1
    def get(): return v
    def set_(n):
        nonlocal v
        v = n
    return get, set_
get, set_ = mk()
cell = get.__closure__[0]
set_(5); print(cell.cell_contents, get())
cell.cell_contents = 9; print(get())
del cell.cell_contents
try:
    get()
except NameError as e:
    print("NameError", e)
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError", e)
# make a cell via types-free trick
def cellmaker(x):
    return (lambda: x).__closure__[0]
c = cellmaker([1]); print(c.cell_contents, type(c).__name__)
print(cellmaker(1) == cellmaker(1), cellmaker(1) < cellmaker(2))
# code object attributes
def sample(a, b=1, *args, c, d=2, **kw):
    local1 = a + b
    def inner(): return local1
    return inner
co = sample.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames, co.co_cellvars, co.co_freevars)
print(co.co_name, co.co_firstlineno, co.co_flags & 0xf, co.co_names, [type(c).__name__ for c in co.co_consts])
print(type(co.co_code).__name__, len(co.co_code) % 2, co.co_stacksize > 0, co.co_filename.endswith("closure2.py"))
print(repr(co)[:25], co == sample.__code__)
# replace __code__ with another having different freevars fails
def nofree(): return 1
def withfree():
    q = 1
    def f(): return q
    return f
try:
    nofree.__code__ = withfree().__code__
except ValueError as e:
    print("ValueError", e)
# function __globals__ and __builtins__
print(sample.__globals__ is globals(), type(sample.__builtins__).__name__)
# lambda code names
lam = lambda x: x
print(lam.__code__.co_name, lam.__name__, lam.__qualname__)
gen = (i for i in [])
print(gen.gi_code.co_name, gen.gi_code.co_varnames, gen.gi_code.co_argcount)
comp_code = [c for c in co.co_consts if type(c).__name__ == "code"][0]
print(comp_code.co_name, comp_code.co_freevars, comp_code.co_qualname if hasattr(comp_code, "co_qualname") else "no co_qualname")
