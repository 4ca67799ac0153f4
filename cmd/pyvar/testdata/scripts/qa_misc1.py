# assorted runtime behaviors
import math
print(math.pi, math.e, math.sqrt(16), math.floor(-1.5), math.ceil(1.2), math.gcd(12, 18), math.factorial(10), math.isnan(float("nan")), math.inf, math.isclose(0.1 + 0.2, 0.3))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.exp(0), math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.trunc(-2.7), math.fabs(-3))
print(math.prod([1, 2, 3]), math.isqrt(17), math.copysign(1, -0.0), math.fmod(7, -3), math.degrees(math.pi))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
print(math.floor(2**70 + 0.0) == 2**70, type(math.floor(1.5)).__name__, math.fsum([0.1] * 10), sum([0.1] * 10))
# time module basic types
import time
t0 = time.perf_counter(); t1 = time.perf_counter(); print(t1 >= t0, type(time.time()).__name__, type(time.perf_counter_ns()).__name__)
# id/hash stability within run
o = object(); print(id(o) == id(o), hash(o) == hash(o))
# integer caching identity not relied upon; string equality
a = "hello world"; b = "hello " + "world"; print(a == b)
# bool arithmetic and repr
print(True + 1, True * "ab", repr(True), str(False), int(True), True & False, True | False, True ^ True, ~False, -True)
print(type(True & False).__name__, type(True + True).__name__, isinstance(True, int), bool.__mro__)
# None behaviors
print(None == None, None is None, repr(None), bool(None), type(None)(), hash(None) == hash(None))
try:
    None + 1
except TypeError as e:
    print(e)
try:
    nn = None; nn()
except TypeError as e:
    print(e)
try:
    nn = None; nn[0]
except TypeError as e:
    print(e)
try:
    for _ in None: pass
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
# NotImplemented truthiness (deprecated warning in 3.9+)
print(repr(NotImplemented), type(NotImplemented).__name__)
# Ellipsis
print(Ellipsis, repr(...), ... == ...)
# integer string conversions in bases
print(int("zz", 36), int("Z", 36), int("10", 2), int("0b10", 0), int("-0x1f", 16), format(35, "x"), f"{255:o}")
# chained string methods
print(" Hello World ".strip().lower().replace("world", "there").title().center(20, "*"))
# conditional imports and del of modules
import math as m2
del m2
try:
    m2
except NameError as e:
    print(e)
