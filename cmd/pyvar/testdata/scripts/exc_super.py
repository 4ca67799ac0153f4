# super().m(...): the method found after __class__ on the instance's MRO
# and called with self, without a super object where super would give a
# plain function or a built-in method; every other case as super does.


class A:
    def f(self, x):
        return ("A.f", type(self).__name__, x)

    def g(self, x=0, *, k=1):
        return ("A.g", x, k)

    @property
    def p(self):
        return lambda: "A.p"

    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)

    @staticmethod
    def s(x):
        return ("A.s", x)

    m = list.append


class B(A):
    def f(self, x):
        return ("B",) + super().f(x + 1)

    def g(self, x=0, *, k=1):
        return super().g(x, k=k + 1), super().g()

    def viap(self):
        return super().p()

    def viac(self):
        return super().c(), super().s(5)

    @classmethod
    def c(cls):
        return ("B.c",) + super().c()

    def missing(self):
        return super().nope()

    def klass(self):
        return super().__class__

    def badm(self):
        return super().m(1)

    def gen(self):
        for i in range(2):
            yield super().f(i)


class C(B):
    def f(self, x):
        return ("C",) + super().f(x * 10)


print(C().f(1))
print(B().g(3, k=4))
print(B().viap(), B().viac(), B.c(), C.c())
try:
    B().missing()
except AttributeError as e:
    print("AttributeError", e)
print(B().klass())
try:
    B().badm()
except TypeError as e:
    print("TypeError", e)
print(list(C().gen()))
try:
    B.f(object(), 1)
except TypeError as e:
    print("TypeError", e)


class L(list):
    def append(self, x):
        super().append(x * 2)
        return super().__len__()


lst = L()
print(lst.append(1), lst.append(2), lst)


class D(A):
    def f(self, x):
        del self
        return super().f(x)


try:
    D().f(1)
except RuntimeError as e:
    print("RuntimeError", e)


class E(A):
    def f(self, x):
        def inner():
            return super().f(x)
        return inner()


try:
    E().f(1)
except RuntimeError as e:
    print("RuntimeError", e)


class F(A):
    def __getattribute__(self, name):
        return "instance getattribute"

    def f(self, x):
        return super().f(x)


print(F.f(F(), 2))


class G(A):
    def f(self, x):
        return super().f(x)


g = G()
print(g.f(1))
A.f = lambda self, x: ("new A.f", x)
print(g.f(2))
del A.f
try:
    g.f(3)
except AttributeError as e:
    print("AttributeError", e)


def shadow():
    super = lambda: A()

    class H(A):
        def s2(self):
            return super().s(9)
    return H().s2()


print(shadow())


class Ex(Exception):
    def __init__(self, a):
        super().__init__(a, a)


print(Ex(4).args)
