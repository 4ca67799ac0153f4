# metaclass behaviors and type() internals
class Meta(type):
    def __new__(m, name, bases, ns):
        ns["added_by_meta"] = name.lower()
        return super().__new__(m, name, bases, ns)
    def __repr__(cls): return f"<Meta class {cls.__name__}>"
    def __len__(cls): return 42
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, x): return x == "in"
    def meta_method(cls): return "meta_method on " + cls.__name__
    @property
    def meta_prop(cls): return "meta_prop " + cls.__name__
class K(metaclass=Meta):
    def inst(self): return "inst"
print(K, len(K), list(K), "in" in K, K.added_by_meta, K.meta_method(), K.meta_prop)
try:
    K().meta_method()
except AttributeError as e:
    print("AttributeError", e)
class Sub(K): pass
print(Sub, type(Sub).__name__, Sub.added_by_meta, isinstance(Sub, Meta), issubclass(Meta, type))
# metaclass conflict
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
# metaclass as function
def func_meta(name, bases, ns):
    ns["via_func"] = True
    return type(name, bases, ns)
class F(metaclass=func_meta): pass
print(F.via_func, type(F).__name__)
# __call__ on metaclass controlling instantiation
class CountMeta(type):
    count = 0
    def __call__(cls, *a, **k):
        CountMeta.count += 1
        return super().__call__(*a, **k)
class Counted(metaclass=CountMeta):
    def __init__(self, v): self.v = v
Counted(1); Counted(2); print(CountMeta.count, Counted(3).v)
# type attributes
print(type.__name__, type(type), type.__bases__, type(object), object.__class__, int.__class__)
print(K.__class__.__name__, K.__mro__[1:], Meta.__mro__)
# class with __init_subclass__ classmethod implicit
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.registry[name or cls.__name__] = cls
class One(Plugin, name="one"): pass
class Two(Plugin): pass
print(sorted(Plugin.registry))
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(e)
# __prepare__ returning custom mapping
class LoggingNS(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"): print("define", k)
        super().__setitem__(k, v)
class PM(type):
    @classmethod
    def __prepare__(m, name, bases): return LoggingNS()
    def __new__(m, name, bases, ns): return super().__new__(m, name, bases, dict(ns))
class Logged(metaclass=PM):
    a = 1
    def b(self): pass
    a = 2
print(Logged.a)
