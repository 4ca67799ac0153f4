class DropsCell(type):
    def __new__(m, name, bases, ns):
        ns = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(m, name, bases, ns)
try:
    class X(metaclass=DropsCell):
        def m(self): return __class__
    print("created", X().m())
except RuntimeError as e:
    print("RuntimeError", e)
except TypeError as e:
    print("TypeError", e)
class ReturnsOther(type):
    def __new__(m, name, bases, ns):
        return 42
class Y(metaclass=ReturnsOther):
    pass
print(Y)
class Z:
    def m(self): return __class__
    print("__classcell__" in dir() if False else "in body")
print(Z().m() is Z, "__classcell__" in Z.__dict__)
def make():
    class Local:
        def get(self): return __class__.__qualname__
    return Local
print(make()().get())
class WithQual:
    __qualname__ = "Custom.Qual"
print(WithQual.__qualname__, WithQual.__name__)
try:
    class BadQual:
        __qualname__ = 5
except TypeError as e:
    print("TypeError", e)
class Doc:
    __doc__ = "set explicitly"
print(Doc.__doc__)
class ModuleAttr:
    __module__ = "elsewhere"
print(ModuleAttr.__module__, repr(ModuleAttr))
print(type("T", (), {"__qualname__": "Q.T"}).__qualname__)
try:
    type("T", (), {"__slots__": 1})
except TypeError as e:
    print("TypeError", e)
try:
    class FromInt(5): pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromFunc(len): pass
except TypeError as e:
    print("TypeError", e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError", e)
