# __class__ and zero-argument super() in methods; bound methods.
a = 100


class Spam:
    a = 101

    def __init__(self, some_num):
        self.a = a + some_num
        self.via_class_cell = __class__.a + some_num


s = Spam(1000)
print(s.a, s.via_class_cell)
print(Spam.__init__.__code__.co_freevars)
print(Spam.__init__.__closure__[0].cell_contents is Spam)
print(s.__init__.__func__ is Spam.__init__, s.__init__.__self__ is s)
print(Spam.__init__.__qualname__, type(s.__init__).__name__)


class Base:
    def greet(self):
        return "base greets " + type(self).__name__

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2


class Child(Base):
    def greet(self):
        return "child, then " + super().greet()

    @classmethod
    def make(cls):
        return "child " + super().make()


c = Child()
print(c.greet(), Child.make(), c.helper(21), Base.helper(4))
print([k.__name__ for k in Child.__mro__])
