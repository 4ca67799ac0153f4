e = AttributeError('x', name='n', obj=1); print(e.name, e.obj, e.args)
e = NameError('x', name='q'); print(e.name)
try: getattr(1, 'bar')
except AttributeError as e: print(e.name, e.obj)
print(AttributeError().name)
class R(dict): pass
C = type('C', (), R(a=1)); print(C.a, type(C.__dict__))
class Rec(dict):
    def __setitem__(self, k, v):
        print('set', k)
        dict.__setitem__(self, k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Rec()
class X(metaclass=Meta):
    a = 1
    def f(self): return 2
print(X.a, X().f(), type(X).__name__)
