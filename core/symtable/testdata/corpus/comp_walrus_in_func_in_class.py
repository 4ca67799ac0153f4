class C:
    def m(self, xs):
        return [(y := x) for x in xs], y
