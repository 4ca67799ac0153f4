def f(x):
    assert x, 'msg'
    assert x > 0
    del x
    raise ValueError('bad') from None

def g(d, o):
    del d['k'], o.attr
    d['k'] += 1
    o.attr *= 2
    a, *b = d
    [c, d] = o
    raise
