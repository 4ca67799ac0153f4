# Code objects compare as code_richcompare does: name, counts, flags, first
# line, bytecode, names and constants (by type and value), not the filename
# or the line table; equal code objects hash alike.
def c(src, fn='a'):
    return compile(src, fn, 'exec')
print(c('x=1') == c('\nx=1'), c('x=1') == c('x=1', 'b'), c('x=1') != c('x=1', 'b'))
print(c('x=0') == c('x=0.0'), c('x=0') == c('x=False'), c('x=(0,)') == c('x=(0.0,)'))
print(c('x=-0.0') == c('x=0.0'), c('x=1j') == c('x=1j'), c('x=(1, (2, "a"))') == c('x=(1, (2, "a"))'))
print(c('def f(): pass') == c('def f(): pass'), c('def f(): pass') == c('def g(): pass'))
print(c('def f(a): pass') == c('def f(b): pass'), c('y=1') == c('x=1'))
print(hash(c('x=1')) == hash(c('x=1', 'b')), c('x=1') == 1, len({c('x=1'), c('x=1', 'q')}))
s1 = "x = 1\\\n\ny = 2\n"
s2 = "x = 1\n\ny = 2\n"
print(compile(s1, '<string>', 'exec') == compile(s2, '<string>', 'exec'))
try:
    c('x=1') < c('x=1')
except TypeError as e:
    print("TypeError:", e)
