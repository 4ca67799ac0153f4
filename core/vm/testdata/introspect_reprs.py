import sys
def mask(s):
    out = []
    i = 0
    while i < len(s):
        if s.startswith('0x', i):
            j = i + 2
            while j < len(s) and s[j] in '0123456789abcdef':
                j += 1
            out.append('0xADDR')
            i = j
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)
def f():
    x = 1
    def g():
        return x
    return g
g = f()
class A:
    def m(self): pass
def gen():
    yield
items = [f, g, g.__closure__[0], g.__code__, gen(), A.m, A().m, A, A(), sys, len, sys._getframe(), print, [].append, (lambda: 0), (x for x in []), f.__globals__ is globals(), type(f), type(gen()), type(g.__code__), type(sys._getframe()), type(sys)]
for it in items:
    print(mask(repr(it)))
c = f.__code__
print(mask(repr(c.co_consts[1:])), c.co_names, c.co_flags, c.co_stacksize)
