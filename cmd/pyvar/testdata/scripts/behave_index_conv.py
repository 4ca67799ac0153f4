# __index__ conversions: errors from __index__ propagate unchanged
class Boom:
    def __index__(self):
        raise ZeroDivisionError("boom")
class Big:
    def __index__(self):
        return 2**100
class Bad:
    def __index__(self):
        return "x"

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

b, B, X = Boom(), Big(), Bad()
t("list[]", lambda: [1, 2][b])
t("list[big]", lambda: [1, 2][B])
t("list[bad]", lambda: [1, 2][X])
t("tuple[]", lambda: (1, 2)[b])
t("str[]", lambda: "ab"[b])
t("str[big]", lambda: "ab"[B])
t("bytes[]", lambda: b"ab"[b])
t("bytearray[]", lambda: bytearray(b"ab")[b])
t("range[]", lambda: range(5)[b])
t("slice", lambda: [1, 2, 3][b:])
t("slice big", lambda: [1, 2, 3][B:])
t("mul", lambda: [1] * b)
t("mul big", lambda: [1] * B)
t("rmul", lambda: b * [1])
t("str mul", lambda: "a" * X)
t("bytes(b)", lambda: bytes(b))
t("bytes(big)", lambda: bytes(B))
t("chr", lambda: chr(b))
t("chr big", lambda: chr(2**40))
t("int base", lambda: int("10", B))
t("pop", lambda: [1].pop(B))
t("insert", lambda: [1].insert(B, 0))
t("ljust", lambda: "a".ljust(B))
t("zfill", lambda: "a".zfill(b))
t("split", lambda: "a b".split(None, B))
t("expandtabs", lambda: "a\tb".expandtabs(2**40))
t("to_bytes", lambda: (1).to_bytes(B, "big"))
t("index start", lambda: [1, 2].index(2, None))
t("tuple index start", lambda: (1, 2).index(2, "x"))
t("slice.indices", lambda: slice(None, 2**70, 3).indices(2**80))
t("slice.indices neg", lambda: slice(-2**70, None, -1).indices(10))
t("slice.indices b", lambda: slice(b).indices(10))
t("%d", lambda: "%d" % b)
t("%x float", lambda: "%x" % 3.0)
t("%d float", lambda: "%d" % 3.7)
t("%c", lambda: "%c" % B)
t("%c boom", lambda: "%c" % b)
t("%x idx", lambda: "%x" % type("I", (), {"__index__": lambda s: 255})())
t("%d int", lambda: "%d" % type("I", (), {"__int__": lambda s: 7})())
t("%x int", lambda: "%x" % type("I", (), {"__int__": lambda s: 7})())
class BB:
    def __bytes__(self):
        return b"BYTES"
t("b%s", lambda: b"<%s>" % BB())
t("b%b", lambda: b"<%b>" % (BB(),))
t("b%s mv", lambda: b"<%s>" % memoryview(b"mv"))
t("b%c", lambda: b"%c" % 65)
t("b%c bytes", lambda: b"%c" % b"z")
t("b%c big", lambda: b"%c" % 256)
t("b%r", lambda: b"%r" % "é")
t("b%a", lambda: b"%a" % b"x")
t("b%s str", lambda: b"%s" % "x")
t("b% map", lambda: b"%(a)s" % {b"a": b"1"})
class Nest:
    def __bytes__(self):
        return b"%s" % b"in"
t("nested", lambda: b"[%s|%s]" % (Nest(), b"out"))
class NS:
    def __str__(self):
        return "%s" % "inner"
t("nested str in bytes", lambda: b"%d %s" % (1, b"x") + ("%s" % NS()).encode())
t("bytearray %", lambda: bytearray(b"%d") % 5)
t("bytearray *=", lambda: (lambda x: (x.__imul__(2), x)[1])(bytearray(b"ab")))
t("radd", lambda: hasattr([], "__radd__"))
t("complex idx", lambda: complex(type("I", (), {"__index__": lambda s: 3})()))
t("complex float", lambda: complex(1, type("F", (), {"__float__": lambda s: 2.5})()))
# hash of bound method
class H:
    __hash__ = None
    def m(self): pass
h = H()
t("hash bound", lambda: hash(h.m) == hash(h.m))
t("eq builtin meth", lambda: [].append == [].append)
l = []
t("eq builtin meth same", lambda: l.append == l.append)
t("hash builtin meth", lambda: hash(l.append) == hash(l.append))
# enumerate
class E(enumerate):
    pass
e = E("ab", 5)
t("enum sub", lambda: (type(e).__name__, list(e)))
t("enum big", lambda: list(enumerate("abc", 2**63 - 2)))
t("enum reduce", lambda: enumerate("a", 2**64).__reduce__()[1][1])
class M(map): pass
t("map sub", lambda: (type(M(str, [1])).__name__, M(str, [1]).__reduce__()[0].__name__))
class Z(zip): pass
t("zip sub", lambda: type(Z([1])).__name__)
class Fi(filter): pass
t("filter sub", lambda: type(Fi(None, [1])).__name__)
# __iadd__ = None
class N:
    __iadd__ = None
    def __add__(self, o): return "add"
def iadd():
    x = N()
    x += 1
    return x
t("iadd None", iadd)
class N2:
    __add__ = None
    def __radd__(self, o): return "radd"
t("add None", lambda: N2() + 1)
t("radd None", lambda: 1 + N2())
class N3:
    __eq__ = None
t("eq None", lambda: N3() == 1)
class N4:
    __neg__ = None
t("neg None", lambda: -N4())
class N5:
    __int__ = None
    __index__ = lambda s: 4
t("int None", lambda: int(N5()))
ba = bytearray(b"ab")
alias = ba
ba *= 3
print("bytearray *= in place", alias, alias is ba)
t("list *= huge", lambda: [1, 2].__imul__(2**62))
t("bytearray *= huge", lambda: bytearray(b"ab").__imul__(2**62))
t("list * huge", lambda: [1, 2] * 2**62)
