# print options
print(1, 2, sep="-", end="!\n")
print("a", "b", sep="")
print()
print(sep=",")
print(*[1, 2, 3])
print("x", end="")
print()
import sys
print("to stderr", file=sys.stderr)
print("flush", flush=True)
try:
    print(sep=1)
except TypeError as e:
    print(e)
print(None, True, 1.0, -0.0, 1e100, float("inf"), float("-nan"), 10**30, -10**30)
# input absent; exec/eval/compile
code = compile("x = 1\ny = x + 1", "<s>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], type(code).__name__, code.co_filename, code.co_name)
print(eval(compile("1+2", "<e>", "eval")))
exec(compile("print('single', 7)", "<i>", "single"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, e.filename)
try:
    compile("def f(:", "fn.py", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, e.filename, repr(e.text))
try:
    compile("a", "x", "bogus")
except ValueError as e:
    print("ValueError", e)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("caught", e)
g = {"__builtins__": {"len": len}}
exec("r = len('abc')", g)
print(g["r"])
try:
    exec("r = abs(1)", {"__builtins__": {}})
except NameError as e:
    print("NameError", e)
l = {}
exec("a = 5", {}, l)
print(l)
print(eval("a * 2", {}, {"a": 21}))
print(eval("__name__", {"__name__": "custom"}))
# sorted stability and key
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
lst = [3, 1, 2]; lst.sort(reverse=True); print(lst)
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
# zip strict missing in 3.10? (exists)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip([1, 2], [3, 4], strict=True)))
# map/filter laziness
m = map(print, [1, 2])
print("before consuming")
list(m)
# enumerate and iter sentinel
it = iter([1, 2, 3, 0, 5].pop, 5)
print(list(it))
# isinstance with abstract / classes
class Meta(type):
    def __instancecheck__(cls, inst): return inst == "magic"
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("x", Magic))
# setattr/delattr/hasattr on classes
class O: pass
setattr(O, "z", 3); print(O.z, hasattr(O, "z")); delattr(O, "z"); print(hasattr(O, "z"))
try:
    setattr(O, "q", 2); delattr(O, "q")
except TypeError as e:
    print(e)
# id and is
a = [1]; b = a
print(a is b, id(a) == id(b), [1] is [1])
# int conversions
print(int("-0b101", 0), int("0o17", 0), int("  +42  "), int(True))
for bad in ["0x", "1.5", "08", "_1", "1__0"]:
    try:
        print(int(bad, 0))
    except ValueError as e:
        print("ValueError", e)
print(float("1_0.5"), float(" 3 "), float("-0"), float("1e-400"), 5e-324, 1.7976931348623157e308 * 10)
print(round(0.1 + 0.2, 10), round(-2.5), round(2.5000001), round(1e20), type(round(1.5)), type(round(1.5, 0)))
print(chr(97), ord("€"), hex(2**64), oct(-8), bin(0), format(-5, "b"), format(255, "#o"))
print(divmod(2**70, 7), 2**70 // -3, -(2**70) % 7, (2**70) >> 60, 1 << 70, (-1) >> 1, -2**70 & 0xFFFF)
print(sum([1.5, 2.5]), sum([], 0.0), max(["b", "a", "c"]), min("hello"), max({1: 2, 3: 4}))
print(abs(-0.0), abs(-2**70), -(-2**63), 2**63, int("9" * 30) + 1, 10**20 / 3, 10**20 // 3, 7 / 7)
