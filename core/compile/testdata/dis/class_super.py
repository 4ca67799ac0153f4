class Base:
    def hello(self):
        return 'base'

class Child(Base):
    def hello(self):
        return 'child+' + super().hello()
    def cls(self):
        return __class__.__name__

print(Child().hello(), Child().cls())
