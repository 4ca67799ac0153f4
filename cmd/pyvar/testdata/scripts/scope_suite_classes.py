# Class scopes interacting with functions, comprehensions and globals.
x = "global x"


def f():
    x = "f's x"

    class C:
        x = "class x"
        seen_by_method = None

        def m(self):
            return x

        comp = [x for _ in range(1)]
        first_iterable = [i for i in [x]]
    return C().m(), C.x, C.comp, C.first_iterable


print(f())


class Outer:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        hidden = [i * len(items) for i in range(2)]
    except NameError as e:
        error = str(e)


print(Outer.doubled, Outer.error)


def class_reads_later_bound():
    class A:
        def get(self):
            return later
    later = "bound after class"
    return A().get()


print(class_reads_later_bound())


def class_namespace_overrides_closure():
    x = 42

    class X:
        locals()["x"] = 43
        y = x
    return X.y


print(class_namespace_overrides_closure())


def class_body_global():
    y = "function y"

    class G:
        global y
        y = "class sets global y"
    return y


print(class_body_global(), y)


class WithLocals:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))


print(WithLocals.names)


def metaclass_like():
    registry = []

    class Base:
        def __init_subclass__(cls, **kw):
            registry.append(cls.__name__)

    class One(Base):
        pass

    class Two(Base):
        pass
    return registry


print(metaclass_like())


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count = Counter.count


a, b = Counter(), Counter()
print(a.count, b.count, Counter.count)


class Private:
    __secret = "mangled"

    def reveal(self):
        return self.__secret, _Private__secret_global

    def __hidden(self):
        return "hidden"

    def call_hidden(self):
        return self.__hidden()


_Private__secret_global = "global read through a mangled name"
p = Private()
print(p.reveal(), p.call_hidden(), hasattr(p, "__secret"), hasattr(p, "_Private__secret"))
