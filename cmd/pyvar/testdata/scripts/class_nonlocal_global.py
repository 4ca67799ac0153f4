# nonlocal and global declared inside class bodies.
def f():
    x = "nonlocal 1"
    seen = []

    class C:
        nonlocal x
        seen.append(x)
        x = "nonlocal 2"
        seen.append(x)

    seen.append(x)
    return seen, "x" in C.__dict__


print(f())

a = 1


class Foo1:
    global a
    a += 1

    class Foo2:
        global a
        a += 100

    def __init__(self):
        self.local_a = a + 1


print(a, Foo1().local_a, hasattr(Foo1, "a"))

b = 1


class Bar1:
    b += 1

    class Bar2:
        b += 100


print(b, Bar1.b, Bar1.Bar2.b)
