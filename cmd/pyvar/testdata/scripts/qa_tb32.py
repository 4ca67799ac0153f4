class A:
    def __init__(self):
        self.x = self.y
A()
