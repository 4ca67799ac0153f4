# Creating exception instances: BaseException.__new__ keeps the call's
# arguments, __init__ (built-in or a class's own, run inline) may replace
# them, and the family fields (StopIteration.value, OSError.errno, ...).


class NoSuper(ValueError):
    def __init__(self, a, b):
        self.a = a


class WithSuper(ValueError):
    def __init__(self, field, value):
        super().__init__(field)
        self.field = field
        self.value = value


class Twice(Exception):
    def __init__(self, *args):
        Exception.__init__(self, *args)
        Exception.__init__(self, "again")


class ReturnsOne(Exception):
    def __init__(self):
        return 1


class OwnNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self


class Stop(StopIteration):
    def __init__(self, v):
        super().__init__(v, "extra")


class MyOS(OSError):
    def __init__(self, *args):
        super().__init__(*args)


class Recur(Exception):
    def __init__(self, n):
        if n:
            Recur(n - 1)
        super().__init__(n)


print(NoSuper(1, 2).args, NoSuper(1, 2).a)
e = WithSuper("age", 7)
print(e.args, e.field, e.value, str(e), repr(e))
print(Twice(1, 2).args)
try:
    ReturnsOne()
except TypeError as x:
    print("TypeError", x)
print(OwnNew(1, 2).args)
s = Stop(5)
print(s.args, s.value)
o = MyOS(2, "No such file", "f.txt")
print(type(o).__name__, o.errno, o.strerror, o.filename, o.args)
print(type(OSError(2, "x")).__name__)
print(ImportError("m", name="n", path="p").name)
print(Recur(50).args)
for v in [(), (1,), (1, 2), ("a", None, 3.5, -0.0)]:
    print(ValueError(*v).args, KeyError(*v).args, Exception(*v).__str__())
x = 1.5
e = ValueError(x)
e.__init__(x)
print(e.args[0] is x)
e.__init__(2.5)
print(e.args)


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)


class MetaErr(Exception, metaclass=Meta):
    def __init__(self, a):
        super().__init__(a, a)


print(MetaErr(3).args)
try:
    raise WithSuper("name", None)
except ValueError as e:
    print(type(e).__name__, e.args, e.value)


def later():
    # __init__ replaced after the class was called once: the new one runs.
    WithSuper.__init__ = lambda self, *a: None
    print(WithSuper(1, 2).args)
    del WithSuper.__init__
    print(WithSuper(1, 2).args)
    WithSuper.__new__ = lambda cls, *a: Exception.__new__(cls, "new")
    print(WithSuper(1, 2).args)


for i in range(3):
    WithSuper(i, i)
later()
