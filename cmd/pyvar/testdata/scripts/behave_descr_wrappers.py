# staticmethod and classmethod: functools_wraps attributes, __wrapped__,
# __dict__, __get__, chaining through a wrapped descriptor, reprs,
# subclasses; slot wrappers and their docs.
def f(x):
    "doc of f"
f.__annotations__['x'] = int

for W in (staticmethod, classmethod):
    w = W(f)
    print(W.__name__, w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__annotations__, w.__wrapped__ is f)
    print(sorted(w.__dict__))
    print(w.__isabstractmethod__, w.__func__ is f)
    print(w.__get__(None, int) is f or w.__get__(None, int).__self__)
    try:
        w.__get__(None, None)
    except TypeError as e:
        print("TypeError", e)

print(repr(staticmethod(len)), repr(classmethod(len)))

class A:
    @classmethod
    @property
    def x(cls):
        return cls.__name__
print(A.x, A().x)

class Abstract:
    def m(self): pass
    m.__isabstractmethod__ = True
print(staticmethod(Abstract.m).__isabstractmethod__, classmethod(Abstract.m).__isabstractmethod__)

class SM(staticmethod):
    pass
class CM(classmethod):
    pass
class K:
    s = SM(len)
    c = CM(lambda cls: cls.__name__)
print(type(K.__dict__['s']).__name__, K.s is len, K.c(), K().c())
print(SM(len).__wrapped__ is len, sorted(vars(SM(f))))

# wrapper_descriptor versus method_descriptor, with CPython's docs.
for obj in (int.__add__, object.__init__, list.__len__, object.__repr__, list.__iadd__,
            dict.__ior__, set.__iand__, float.__pow__, dict.__getitem__, list.__getitem__,
            set.__contains__, int.__index__):
    print(type(obj).__name__, obj.__name__, obj.__qualname__, repr(obj.__doc__), obj.__text_signature__)
print(repr(object.__reduce_ex__), repr(int.__add__), type(tuple.__getnewargs__).__name__)
