# _symtable: the tables of tricky blocks, flags and scopes, errors, and
# the entry type, compared with CPython 3.10's.
import _symtable

SOURCES = [
    # closures, nonlocal, global, cells and names passed through
    '''
a = 1
def f(y, *args, k=2, **kw):
    b = 2
    def g():
        nonlocal b
        b += y
        def h():
            return a + b + y + k
        return h
    global gg
    gg = g
    return g
''',
    # classes: __class__ cell, free variables through a class, mangling
    '''
def outer():
    x = 1
    class C(Base):
        __priv = 2
        y = x
        def m(self):
            return super().m() + x + self.__priv
        def n(self):
            return __class__
        z = [x for _ in range(3)]
    return C
''',
    # comprehensions, lambdas, walrus, generators, async
    '''
def f(data):
    total = [y := v * 2 for v in data if v]
    g = (lambda q=1: q + y)
    s = {k: v for k, v in data.items()}
    gen = (i for i in data for j in i)
    return total, g, s, gen, y
async def af():
    async for x in aiter():
        await x
    return [z async for z in aiter()]
def gen():
    yield 1
    x = yield from range(3)
''',
    # annotations, imports, star imports, del, match, try
    '''
import os, sys as system
from collections import OrderedDict as OD
x: int = 1
y: 'str'
def f(a: int, /, b: str = 'b', *, c) -> None:
    import json
    del a
    try:
        pass
    except Exception as err:
        pass
    match b:
        case [p, *rest]:
            pass
        case {'k': v, **others}:
            pass
        case Point(x=px) as pt:
            pass
''',
    '''
from __future__ import annotations
def f(a: List[int]) -> Dict[str, int]:
    b: Set[int] = set()
    return b
class K:
    attr: ClassVar[int]
''',
]


def dump(t, depth):
    print('%s%s type=%d lineno=%d nested=%d varnames=%r children=%d' % (
        '  ' * depth, t.name, t.type, t.lineno, t.nested, t.varnames, len(t.children)))
    for name, flags in t.symbols.items():
        scope = (flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        print('%s  %s: %d scope=%d flags=%d' % ('  ' * depth, name, flags, scope, flags & ((1 << _symtable.SCOPE_OFF) - 1)))
    for c in t.children:
        dump(c, depth + 1)


for src in SOURCES:
    dump(_symtable.symtable(src, 'example.py', 'exec'), 0)

dump(_symtable.symtable('lambda x: x + y', 'e.py', 'eval'), 0)
dump(_symtable.symtable('z = [a for a in b]', 's.py', 'single'), 0)
dump(_symtable.symtable(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n', 'b.py', 'exec'), 0)

for name in ['USE', 'DEF_GLOBAL', 'DEF_NONLOCAL', 'DEF_LOCAL', 'DEF_PARAM', 'DEF_FREE', 'DEF_FREE_CLASS',
             'DEF_IMPORT', 'DEF_BOUND', 'DEF_ANNOT', 'TYPE_FUNCTION', 'TYPE_CLASS', 'TYPE_MODULE',
             'LOCAL', 'GLOBAL_EXPLICIT', 'GLOBAL_IMPLICIT', 'FREE', 'CELL', 'SCOPE_OFF', 'SCOPE_MASK']:
    print(name, getattr(_symtable, name))
print(_symtable.symtable.__doc__, _symtable.__doc__)

top = _symtable.symtable('def f(): pass', 'x.py', 'exec')
print(type(top).__name__, type(top).__module__, repr(top).split('(')[0], repr(top).split(')')[1])
print(top.children is top.children, top.symbols is top.symbols, type(top.id), top.id == top.id, top.id != top.children[0].id)
for attempt in [lambda: setattr(top, 'name', 'x'), lambda: setattr(top, 'other', 1), lambda: type(top)(),
                lambda: _symtable.symtable('x'), lambda: _symtable.symtable('x', 'a', 'exec', 1),
                lambda: _symtable.symtable('x', 'a', mode='exec'), lambda: _symtable.symtable(1, 'a', 'exec'),
                lambda: _symtable.symtable('x', 1, 'exec'), lambda: _symtable.symtable('x', 'a', 'other'),
                lambda: _symtable.symtable('x', 'a', b'exec'), lambda: _symtable.symtable('x\0', 'a', 'exec'),
                lambda: _symtable.symtable('def f(:', 'a.py', 'exec'),
                lambda: _symtable.symtable('def f():\n  nonlocal q\n', 'a.py', 'exec'),
                lambda: _symtable.symtable('def f(x):\n  global x\n', 'a.py', 'exec'),
                lambda: _symtable.symtable('from __future__ import braces', 'a.py', 'exec'),
                lambda: _symtable.symtable('[(i := 1) for i in x]', 'a.py', 'exec'),
                lambda: _symtable.symtable(b'# coding: nope\n', 'a.py', 'exec')]:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e, e.args, getattr(e, 'lineno', ''), getattr(e, 'offset', ''))
