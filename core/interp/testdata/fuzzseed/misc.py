import math, _functools as functools, _operator as operator, _collections as collections
print(math.gcd(12, 18), math.isqrt(99), math.factorial(20), math.fsum([0.1] * 10))
print(functools.reduce(operator.add, range(5)), functools.partial(abs)(-2))
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); dq.rotate(1)
print(dq, collections.defaultdict(int), collections.OrderedDict(a=1))
print(sorted(["b", "A", "c"], key=str.lower), min([3, 1], default=0), max((), default=None))
print(repr(None), bool([]), type(...), id(1) == id(1), hash((1, "a")) == hash((1, "a")), globals()["math"].pi)
x = [1]; x.append(x); print(x, eval("1+2"), exec("y = 5") or y, compile("3", "s", "eval"))
print(getattr(1, "real"), setattr, vars(type("T", (), {"q": 1}))["q"], dir(1)[:2], chr(9731), ord("€"))
