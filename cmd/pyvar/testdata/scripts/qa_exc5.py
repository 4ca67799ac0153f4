class Boom(Exception): pass
class BadEq:
    def __eq__(self, o): raise Boom("eq")
    def __hash__(self): return 1
class BadHash:
    def __hash__(self): raise Boom("hash")
class BadLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): raise Boom("lt")
class BadRepr:
    def __repr__(self): raise Boom("repr")
class BadIter:
    def __iter__(self):
        yield 1
        raise Boom("iter")
class BadLen:
    def __len__(self): raise Boom("len")
class BadBool:
    def __bool__(self): raise Boom("bool")
def run(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Boom as e:
        print(label, "Boom", e)
    except Exception as e:
        print(label, type(e).__name__, e)
run("dict set", lambda: {BadEq(): 1, BadEq(): 2})
run("dict get", lambda: {BadEq(): 1}.get(BadEq()))
run("in list", lambda: BadEq() in [1, 2])
run("list index", lambda: [1, BadEq()].index(3))
run("list count", lambda: [BadEq()].count(1))
run("list remove", lambda: [BadEq()].remove(1))
run("list ==", lambda: [BadEq()] == [1])
run("tuple ==", lambda: (BadEq(),) == (1,))
run("set add", lambda: {BadHash()})
run("hash", lambda: hash(BadHash()))
run("dict key", lambda: {BadHash(): 1})
run("frozenset", lambda: frozenset([BadHash()]))
run("sorted", lambda: sorted([BadLt(1), BadLt(2)]))
lst = [BadLt(3), BadLt(1)]
run("sort", lambda: lst.sort())
print(len(lst))
run("min", lambda: min(BadLt(1), BadLt(2)))
run("max", lambda: max([BadLt(1), BadLt(2)]))
run("repr list", lambda: repr([1, BadRepr()]))
run("str dict", lambda: str({"k": BadRepr()}))
run("format", lambda: f"{BadRepr()!r}")
run("list()", lambda: list(BadIter()))
run("tuple()", lambda: tuple(BadIter()))
run("sum", lambda: sum(BadIter()))
run("unpack", lambda: [a for a, in [BadIter()]])
run("zip", lambda: list(zip(BadIter(), BadIter())))
run("len", lambda: len(BadLen()))
run("bool via len", lambda: bool(BadLen()))
run("if", lambda: 1 if BadBool() else 0)
run("not", lambda: not BadBool())
run("and", lambda: BadBool() and 1)
run("all", lambda: all([BadBool()]))
run("filter", lambda: list(filter(None, [BadBool()])))
run("sorted key", lambda: sorted([1, 2], key=lambda x: 1 / 0))
run("map", lambda: list(map(lambda x: {}[x], [1])))
run("dict comp", lambda: {k: 1 / k for k in (1, 0)})
run("genexpr", lambda: list(1 // x for x in (1, 0)))
run("str join", lambda: "".join(["a", 1]))
run("print", lambda: print(BadRepr()))
