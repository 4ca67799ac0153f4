def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

# x in lst / count when __eq__ shrinks the list
lst = []
class S:
    def __eq__(self, o):
        lst.clear()
        return False
lst[:] = [S(), S(), S()]
t("in shrink", lambda: 1 in lst)
lst[:] = [S(), S(), S()]
t("count shrink", lambda: lst.count(1))
lst[:] = [S(), S(), S()]
t("index shrink", lambda: lst.index(1))
lst[:] = [S(), S(), S()]
t("remove shrink", lambda: lst.remove(1))
tp = None
# list == with mutation
a = [S(), S()]
lst = a
t("eq shrink", lambda: a == [1, 2])
# enumerate start past 2**63-1
t("enum", lambda: list(enumerate("ab", 2**63 - 1)))
# metaclass __getitem__
class Meta(type):
    def __getitem__(cls, i):
        return ("meta", i)
class B(metaclass=Meta): pass
t("meta getitem", lambda: B[1])
class C:
    def __class_getitem__(cls, i): return ("cgi", i)
t("class_getitem", lambda: C[2])
# hash bound method
class HM:
    def __eq__(self, o): return True
    __hash__ = None
    def m(self): pass
hm = HM()
t("hash bound", lambda: hash(hm.m) == hash(hm.m))
# __iadd__ = None
class IA:
    __iadd__ = None
    def __add__(s, o): return 1
def f():
    x = IA(); x += 1; return x
t("iadd none", f)
t("bool.from_bytes", lambda: bool.from_bytes(b"\x01", "big"))
t("bool.from_bytes0", lambda: bool.from_bytes(b"\x00", "big"))
class SS(str): pass
t("getattr strsub", lambda: getattr(1, SS("real")))
class SSeq(str):
    def __eq__(s, o): return True
    __hash__ = str.__hash__
t("getattr strsub2", lambda: getattr(1, SSeq("bogus"), "dflt"))
# __set_name__ errors
class D:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
def mk():
    class K:
        d = D()
t("set_name", mk)
def mk2():
    try:
        mk()
    except RuntimeError as e:
        return type(e.__cause__).__name__, str(e)
t("set_name cause", mk2)
# round huge
t("round huge", lambda: round(1.5, 2**100))
t("round neg huge", lambda: round(1.5, -2**100))
t("round int -1e3", lambda: round(15, -1000))
t("round int huge+", lambda: round(15, 2**100))
import math
t("math.pow", lambda: math.pow(0.0, -1.0))
t("math.pow2", lambda: math.pow(-1.0, 0.5))
t("math.pow3", lambda: math.pow(10.0, 1e6))
t("math.pow4", lambda: math.pow(float('inf'), -1))
t("math.pow5", lambda: math.pow(-0.0, -3))
# gen.throw into yield from inside except keeps __context__
def inner():
    yield 1
def outer():
    try:
        raise KeyError("ctx")
    except KeyError:
        yield from inner()
g = outer()
next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("ctx", repr(e.__context__))
def outer2():
    try:
        raise KeyError("ctx2")
    except KeyError:
        yield 5
g = outer2(); next(g)
try:
    g.throw(ValueError("v2"))
except ValueError as e:
    print("ctx2", repr(e.__context__))
# context cycle hang
def cyc():
    try:
        try:
            raise ValueError("a")
        except ValueError as a:
            try:
                raise TypeError("b")
            except TypeError as b:
                a.__context__ = b
                raise KeyError("c")
    except KeyError as c:
        return "done", repr(c.__context__)
t("cycle", cyc)
# set discard with set arg
s = {frozenset([1])}
t("set in set", lambda: {1} in s)
t("discard set", lambda: (s.discard({1}), s)[1])
t("remove set", lambda: s.remove({2}))
class SK(set):
    def __init__(self, it=(), *, flag=False):
        super().__init__(it); self.flag = flag
t("set kw init", lambda: (sorted(SK([1, 2], flag=True)), SK([1], flag=True).flag))
d = {1: 2}
t("view eq", lambda: {1} == d.keys())
t("view or", lambda: {2} | d.keys())
t("fs and", lambda: frozenset([1, 3]) & d.keys())
d2 = {}
d2[1] = d2.values()
t("repr self values", lambda: repr(d2))
