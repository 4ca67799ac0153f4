# The names, docs and __slots__ type() accepts, and compile()'s flag and optimize checks, as CPython 3.10's.
def t(name, f):
    try: print(name, repr(f()))
    except Exception as e: print(name, type(e).__name__, e)
class B: pass
for ns in [{'__slots__': b'x'}, {'__slots__': ''}, {'__slots__': '42'}, {'__slots__': 'x\x00y'}, {'__slots__': 'x', 'x': 0},
           {'__slots__': ('__dict__', '__dict__')}, {'__slots__': ('__weakref__', '__weakref__')}]:
    t("slots %r" % ns, lambda: type('A', (), ns))
t("int slots", lambda: type('A', (int,), {'__slots__': 'x'}))
t("B dict", lambda: type('A', (B,), {'__slots__': '__dict__'}))
t("B weakref", lambda: type('A', (B,), {'__slots__': '__weakref__'}))
t("name nul", lambda: type('A\x00B', (), {}))
t("name surrogate", lambda: type('A\udcdcB', (), {}))
A = type('C', (), {})
def setn(v): A.__name__ = v
t("set nul", lambda: setn('A\x00B'))
t("set surrogate", lambda: setn('A\udcdcB'))
t("set bytes", lambda: setn(b'A'))
t("doc surrogate", lambda: type('A', (), {'__doc__': 'x\udcdcy'}))
t("flags", lambda: compile('print(42)\n', '<string>', 'single', 0xff))
t("flags2", lambda: compile('1', 's', 'badmode', 0xff))
t("optimize", lambda: compile('1', 's', 'exec', 0, False, 5))
t("mode", lambda: compile('1', 's', 'badmode'))
