# Lib's symtable module over pyvar's _symtable: every query of every
# table and symbol of a program with closures, classes and comprehensions.
import symtable

SRC = '''
import os
G = 1
def deco(f):
    return f
class Shape(object):
    sides = 0
    def __init__(self, name, *args, scale=1, **kw):
        self.name = name
        helper = lambda: name + str(scale)
        self.parts = [p for p in args if p]
    @deco
    def area(self):
        return super().area() * G
def counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    global G
    G = inc
    return inc
'''


def show_table(t, depth=0):
    pad = '  ' * depth
    print(pad + '%s %s line=%d optimized=%s nested=%s children=%s' % (
        t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children()))
    print(pad + '  identifiers:', sorted(t.get_identifiers()))
    if isinstance(t, symtable.Function):
        print(pad + '  params', t.get_parameters(), 'locals', t.get_locals(), 'globals', t.get_globals(),
              'nonlocals', t.get_nonlocals(), 'frees', t.get_frees())
    if isinstance(t, symtable.Class):
        print(pad + '  methods', t.get_methods())
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        print(pad + '  %s ref=%s imp=%s param=%s glob=%s decl_glob=%s local=%s nonlocal=%s free=%s assigned=%s ann=%s ns=%s' % (
            s.get_name(), s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(),
            s.is_declared_global(), s.is_local(), s.is_nonlocal(), s.is_free(), s.is_assigned(),
            s.is_annotated(), s.is_namespace()))
    for c in t.get_children():
        show_table(c, depth + 1)


top = symtable.symtable(SRC, 'shapes.py', 'exec')
show_table(top)
print(top.lookup('Shape').get_namespace().get_name())
print(repr(top), repr(top.get_children()[1]).split(' for ')[0])
try:
    top.lookup('Shape').get_namespace  # fine
    top.lookup('nothere')
except KeyError as e:
    print('KeyError', e)
