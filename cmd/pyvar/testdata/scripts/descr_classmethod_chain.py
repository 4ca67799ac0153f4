# classmethod around another descriptor hands it the class as both
# instance and owner; a function's __name__ and __qualname__ are the same
# str objects each time they are read, so wrappers that copy them share them.
class D:
    def __get__(self, inst, owner=None):
        print('get', inst.__name__, owner.__name__)
        return lambda: (inst.__name__, owner.__name__)

class A:
    f = classmethod(D())
    g = classmethod(classmethod(lambda cls: cls.__name__))

print(A.f(), A().f())
print(A.g())

def func(x):
    return x

for wrap in (classmethod, staticmethod):
    w = wrap(func)
    print(wrap.__name__, [getattr(w, a) is getattr(func, a) for a in ('__module__', '__qualname__', '__name__', '__doc__', '__annotations__')])
print(func.__name__ is func.__name__, func.__qualname__ is func.__qualname__)
func.__qualname__ = 'renamed.q'
print(func.__qualname__, staticmethod(func).__qualname__)
