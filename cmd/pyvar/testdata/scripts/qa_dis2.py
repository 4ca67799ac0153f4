import dis
x = 1
class A:
    y = x
    def m(self):
        return super().m()
dis.dis(A)
def outer():
    v = 1
    class C:
        w = v
        def meth(self):
            nonlocal v
            v += 1
    return C
dis.dis(outer)
def comp(a):
    return [i * a for i in range(3) if i], {k: v for k, v in a}, (z for z in a)
dis.dis(comp)
def exc():
    try:
        pass
    except ValueError as e:
        raise KeyError from e
    finally:
        return 1
dis.dis(exc)
def withs(m):
    with m as a, m:
        yield from a
dis.dis(withs)
def kw(*a, k=1, **kw):
    return kw(*a, k=k, **kw), f"{k!r:>{a}}"
dis.dis(kw)
def m(p):
    match p:
        case [1, *r]: return r
        case {"a": b}: return b
        case C(x=1): return 2
dis.dis(m)
