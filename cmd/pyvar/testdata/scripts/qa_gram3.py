# decorators in all positions, class decorators, stacked with args, on methods
calls = []
def trace(label):
    def deco(obj):
        calls.append(label)
        return obj
    return deco
@trace("outer")
@trace("inner")
def decorated(): return "d"
print(decorated(), calls)
class Holder:
    @trace("method")
    def m(self): return "m"
    @property
    @trace("prop-inner")
    def p(self): return "p"
    @staticmethod
    @trace("static-inner")
    def s(): return "s"
print(Holder().m(), Holder().p, Holder.s(), calls)
@trace("class")
class Decorated:
    pass
print(calls[-1])
# decorator expression evaluated before function definition; order of evaluation
order = []
def mk(n):
    order.append(f"mk{n}")
    def d(f):
        order.append(f"apply{n}")
        return f
    return d
@mk(1)
@mk(2)
def ordered(): pass
print(order)
# decorator replacing function with non-callable
@lambda f: 42
def replaced(): pass
print(replaced)
# arbitrary expression decorators (PEP 614)
decos = {"id": lambda f: f}
@decos["id"]
def via_subscript(): return "sub"
@(lambda f: f)
def via_lambda(): return "lam"
print(via_subscript(), via_lambda())
# closure-preserving decorator with args/kwargs forwarding
def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.count += 1
        return fn(*args, **kwargs)
    wrapper.count = 0
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@counted
def add(a, b=0, *, c=0): return a + b + c
print(add(1), add(1, 2, c=3), add.count, add.__name__, add.__wrapped__.__name__)
# default argument evaluated once
def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2), app.__defaults__)
# keyword-only after *args, defaults referencing earlier globals
K = 10
def kd(*args, k=K, **rest): return args, k, rest
K = 20
print(kd(1, 2, z=3), kd(k=5))
# function attributes via decorator
def tag(**attrs):
    def d(f):
        f.__dict__.update(attrs)
        return f
    return d
@tag(role="admin", level=3)
def secured(): pass
print(secured.role, secured.level, sorted(secured.__dict__))
# nested functions returning each other
def a(): return b
def b(): return a
print(a()() is a)
# return without value and implicit None
def none1(): return
def none2(): pass
print(none1(), none2())
# recursion via name looked up at call time
def fact(n): return 1 if n < 2 else n * fact(n - 1)
alias = fact
def fact(n): return "redefined"
print(alias(5))
