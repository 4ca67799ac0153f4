# Raising while the handled exception's __context__ chain already has a
# cycle must not hang (bpo-25782); a cycle through the new exception is cut.

def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)

try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)

class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass

try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as got:
    print(got is e, e.__context__ is d, d.__context__ is c, c.__context__ is b, b.__context__ is a, a.__context__ is c)

# a cycle through the exception being raised is broken at the link to it
try:
    try:
        raise A()
    except A as x:
        try:
            raise B()
        except B as y:
            x.__context__ = y
            try:
                raise x
            except A as z:
                print(z is x, x.__context__ is y, y.__context__)
except Exception as q:
    print("escaped", type(q).__name__)

# A class whose __call__ is one of its own instances recurses through the
# call slot: RecursionError, not a Go stack overflow (test_descr's test_recursive_call).
class R(object):
    pass
R.__call__ = R()
try:
    R()()
except RecursionError as e:
    print("RecursionError:", e)
