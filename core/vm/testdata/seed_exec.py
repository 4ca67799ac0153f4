import builtins
b = vars(builtins).copy()
g = {'__builtins__': b}
exec('f = lambda: spam', g)
print(g['f'].__builtins__ is b)
print(g['f'].__globals__ is g)
b['spam'] = 'eggs'
print(g['f']())
del g['__builtins__']
print(g['f']())
try:
    exec('spam', g)
except NameError as e:
    print(e)
print(g['__builtins__'] is builtins.__dict__)

class Mapping:
    def __getitem__(self, key):
        if key == 'special':
            return 'from mapping'
        raise KeyError(key)
g2 = {'__builtins__': Mapping()}
exec('r = special', g2)
print(g2['r'])
try:
    exec('r = len', g2)
except NameError as e:
    print(e)
ns = {}
exec('x = 1\ndef f():\n    return x\n', ns, ns)
print(ns['f']())
loc = {}
exec('y = 2', {}, loc)
print(loc)
builtins.my_builtin = 'visible everywhere'
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)
