# A metaclass deriving from type keeps type's attribute protocol: classmethods bind, object.__subclasshook__ exists.
class Meta(type):
    pass
class A(metaclass=Meta):
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(): return 'sm'
    @property
    def p(self): return 1
print(A.cm(), A.sm(), type(A.p).__name__, A.__subclasshook__(), object.__subclasshook__())
A.x = 5; print(A.x); del A.x; print(hasattr(A, 'x'))
print(type.__getattribute__(A, 'cm')(), type.__dict__['__getattribute__'])
class M2(type):
    def __getattribute__(cls, name):
        if name == 'magic': return 42
        return super().__getattribute__(name)
    def __setattr__(cls, name, v):
        print('set', name); super().__setattr__(name, v)
class B(metaclass=M2):
    @classmethod
    def cm(cls): return 'B.cm'
print(B.magic, B.cm())
B.y = 1; print(B.y)
