class G:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return "got " + name
        raise AttributeError(name)
g = G()
print(g.real, g.xyz, getattr(g, "nope", "dflt"), hasattr(g, "nope"))
try:
    g.nope
except AttributeError as e:
    print("AttributeError", e)

class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
ga = GA(); ga.x = 1
print(ga.secret, ga.x, ga.other)

class S:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
s = S(); s.a = 5; print(s.a); del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(s, "a"))

class P:
    pass
p = P()
try:
    p.missing
except AttributeError as e:
    print(e)
try:
    P.missing
except AttributeError as e:
    print(e)
try:
    del p.missing
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    "s".foo = 1
except AttributeError as e:
    print(e)

class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError as e:
    print(e)

class Call:
    def __call__(self, *a, **k): return ("called", a, k)
print(Call()(1, 2, x=3), callable(Call()), callable(Call), callable(1))

class H1:
    def __eq__(self, o): return True
print(H1.__hash__)
try:
    hash(H1())
except TypeError as e:
    print(e)
class H2:
    def __eq__(self, o): return True
    def __hash__(self): return 7
print(hash(H2()))
class H3(H2):
    def __eq__(self, o): return False
print(H3.__hash__ is None)
class H4:
    __hash__ = None
try:
    {H4(): 1}
except TypeError as e:
    print(e)
class H5:
    def __hash__(self): return "x"
try:
    hash(H5())
except TypeError as e:
    print(e)
class H6:
    def __hash__(self): return 2**100
print(hash(H6()) == hash(2**100))

class Cont:
    def __contains__(self, x): return x == 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(3 in Cont(), 4 in Cont(), list(Cont()), 20 in iter(Cont()))
class OnlyGet:
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
print(list(OnlyGet()), 2 in OnlyGet(), list(reversed([1,2])))

class Items:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
it = Items(); it[1] = "a"; it[2:3] = "slice"; print(it.d); del it[1]; print(it.d)
try:
    it[9]
except KeyError as e:
    print("KeyError", e)

class Str:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
    def __format__(self, spec): return "FMT:" + spec
print(Str(), repr(Str()), str(Str()), f"{Str()}", f"{Str()!r}", f"{Str():abc}", format(Str(), "x"), [Str()])
class OnlyRepr:
    def __repr__(self): return "R"
print(str(OnlyRepr()), f"{OnlyRepr()}")
class BadStr:
    def __str__(self): return 1
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadLen2:
    def __len__(self): return "a"
try:
    len(BadLen2())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), not LenBool())
