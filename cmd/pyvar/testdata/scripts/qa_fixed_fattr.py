def f(): pass
try:
    f.__closure__ = None
except AttributeError as e:
    print(e)
class C:
    def m(self): pass
    def d(self): "doc of d"
print(C().m.__doc__, C().d.__doc__)
print([].append.__qualname__, str.join.__qualname__, dict.get.__qualname__)
