def make_adder(x):
    class Adder:
        def __call__(self, y):
            return x + y
    return Adder()
def class_and_global():
    def test(x):
        class Foo:
            global x
            def __call__(self, y):
                return x + y
        return Foo()
    return test
