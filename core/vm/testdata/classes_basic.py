a = 1
class Spam:
    a = a + 1
    print(a)
    def __init__(self, x):
        self.x = x
    def get(self):
        return a, self.a, self.x
    def __repr__(self):
        return f"Spam({self.x!r})"

print(Spam(5).get(), Spam(3))
print(Spam.__init__.__qualname__, Spam(1).__init__.__func__ is Spam.__init__, Spam(1).__init__.__self__)

class Outer:
    b = 'outer'
    class Inner:
        try:
            print(b)
        except NameError as e:
            print(e)

def f():
    x = 'cell'
    class C:
        y = x
        def m(self):
            return x
    return C
C = f()
print(C.y, C().m())

x = 'global x'
def g():
    x = 'func'
    class D:
        print(x)
        x = 'class'
        print(x)
    return D
g()

def h():
    x = 1
    class E:
        nonlocal x
        x = 2
    return x
print(h())

class Base:
    def hello(self):
        return "base " + type(self).__name__
class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()
    def cls(self):
        return __class__
print(Derived().hello(), Derived().cls().__name__)
print(Derived.__mro__)

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)

class P:
    @property
    def v(self):
        return 7
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls):
        return cls.__name__
print(P().v, P.s(1), P.c())

class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return V(self.n + o.n)
    def __eq__(self, o):
        return self.n == o.n
    def __len__(self):
        return self.n
    def __iter__(self):
        return iter(range(self.n))
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return True
print((V(1) + V(2)).n, V(1) == V(1), len(V(3)), list(V(2)))
with V(1) as v:
    raise KeyError(1)
print("after with")
