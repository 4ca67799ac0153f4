import builtins
b = vars(builtins).copy()
g = {'__builtins__': b}
exec('f = lambda: spam', g)
b['spam'] = 'ham'
print(g['f']())
print(g['f'].__builtins__ is b)
del g['__builtins__']
print(g['f']())

g2 = {}
exec('x = 1', g2)
print(sorted(g2.keys()), g2['__builtins__'] is builtins.__dict__)
print(eval('x + 1', g2))
print(eval('  y * 2', {'y': 4}))
co = compile('a * 3', '<expr>', 'eval')
print(eval(co, {'a': 2}), co.co_filename)

def loc():
    v = 1
    d = locals()
    d['v'] = 99
    w = 2
    return v, sorted(locals())
print(loc())

print(globals() is vars())
print(type(locals()).__name__)

def top_bun(topping):
    def spam_meat():
        def bottom_bun():
            return topping
        return bottom_bun
    return spam_meat

sm = top_bun('ham')
bb = sm()
print(top_bun.__code__.co_cellvars, top_bun.__code__.co_freevars)
print(sm.__code__.co_cellvars, sm.__code__.co_freevars)
print(bb.__code__.co_freevars, bb.__closure__[0].cell_contents)
import sys
def fr():
    return sys._getframe()
f = fr()
print(f.f_code.co_name, f.f_globals is globals())
print(sys._getframe().f_lineno)
import math, time
print(math.sqrt(16), math.floor(2.5), math.pi)
print(type(time.perf_counter()).__name__)
try:
    import nosuchmodule
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from sys import nosuch
except ImportError as e:
    print(e)
