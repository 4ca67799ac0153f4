class C:
    def m(self):
        return super().m()
    def n(self):
        return __class__
    def o(self):
        def inner():
            return super()
        return inner
    x = [super for _ in range(3)]
class D:
    def __init__(self):
        pass
