class Base:
    def __init_subclass__(cls, **kw):
        raise KeyError("no subclasses")
try:
    class D(Base): pass
except KeyError as e:
    print("KeyError", e)
LOG = []
class Order:
    class D1:
        def __set_name__(self, o, n): LOG.append(n)
    a = D1(); b = D1(); c = D1()
print(LOG)
class M(type):
    def __init__(cls, *a):
        print("M.__init__", cls.__name__)
        super().__init__(*a)
class B2(metaclass=M):
    def __init_subclass__(cls): print("init_subclass", cls.__name__)
class S2(B2):
    class D2:
        def __set_name__(self, o, n): print("set_name", n)
    d = D2()
