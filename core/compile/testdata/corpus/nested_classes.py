class Outer:
    a = 1
    class Inner:
        b = a if False else 2
        def m(self):
            return Outer.a
    def __private(self):
        return self.__x
    __y = 3
    def use(self):
        return self.__private(), Outer.__y, __y
