# isinstance/issubclass's abstract protocol: objects with a __bases__ tuple
# act as classes, __class__ is trusted, and errors are not masked.
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    @property
    def __bases__(self):
        return self.bases


class AbstractInstance:
    def __init__(self, cls):
        self.cls = cls

    @property
    def __class__(self):
        return self.cls


Root = AbstractClass(())
Left = AbstractClass((Root,))
Right = AbstractClass((Root,))
Both = AbstractClass((Left, Right))
print(issubclass(Both, Root), issubclass(Left, Right), issubclass(Root, Root))
print(isinstance(AbstractInstance(Both), Left), isinstance(AbstractInstance(Left), Right))
print(isinstance(AbstractInstance(Both), (int, Root)))
for args in [(1, Root), (Root, 1), (int, Root)]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, AbstractInstance(None))
except TypeError as e:
    print("TypeError:", e)


class Raising:
    @property
    def __bases__(self):
        raise RuntimeError("from __bases__")

    @property
    def __class__(self):
        raise RuntimeError("from __class__")


for f, args in [(issubclass, (Raising(), int)), (issubclass, (int, Raising())), (isinstance, (1, Raising())),
                (isinstance, (Raising(), int))]:
    try:
        print(f(*args))
    except RuntimeError as e:
        print("RuntimeError:", e)


class Cycle:
    @property
    def __bases__(self):
        return (self, self, self)


for f, args in [(issubclass, (Cycle(), int)), (isinstance, (1, Cycle()))]:
    try:
        f(*args)
    except RecursionError:
        print("RecursionError")
