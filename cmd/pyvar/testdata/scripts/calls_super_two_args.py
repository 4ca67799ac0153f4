# super(C, obj).m(...) taken in one step (no super object) when it finds a
# function; every other case runs the super object, with its errors.


class B:
    def __init__(self, x):
        self.x = x

    def who(self, *a):
        return ("B.who", type(self).__name__) + a

    @classmethod
    def cm(cls):
        return ("B.cm", cls.__name__)

    @staticmethod
    def sm(*a):
        return ("B.sm",) + a

    label = "B.label"


class A(B):
    def __init__(self, x):
        super(A, self).__init__(x + 1)

    def who(self, *a):
        return ("A.who",) + super(A, self).who(*a)

    @classmethod
    def cm(cls):
        return ("A.cm",) + super(A, cls).cm()


class C(A):
    def who(self, *a):
        return ("C.who",) + super(A, self).who(*a)  # skips A


a, c = A(1), C(5)
for _ in range(3):
    print(a.x, c.x, a.who(1), c.who(2, 3), A.cm(), C.cm())
    print(super(A, a).sm(4), super(C, c).label, super(B, a).__init__ is object.__init__ or "bound")
    print(super(A, a).__class__, super(B, c).__repr__()[:20])

for args in [(A, 1), (C, a), (A, B(0)), (1, a), ("A", a)]:
    try:
        print(super(*args).who())
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    super(B, a).nothing()
except AttributeError as e:
    print("AttributeError:", e)
super = lambda *a: B(9)
print(super(A, a).who())
