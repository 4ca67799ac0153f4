# __call__ on every callable built-in type; slot wrappers are wrapper_descriptors.
print(type((1).__add__), type(int.__add__), type(type.__call__), type(int.__dict__['from_bytes']), type(str.upper), type('a'.upper), type(len))
print(type(all.__call__), type(len.__call__), type((lambda: 0).__call__), type(str.upper.__call__), type(staticmethod(len).__call__))
print(len.__call__([1, 2]), (lambda x: x * 2).__call__(4), str.upper.__call__('a'), int.__add__.__call__(1, 2), (1).__add__.__call__(5))
class A:
    def m(self, x): return x
print(A().m.__call__(3), type(A().m.__call__), staticmethod(len)('abc'), int.__add__.__name__, int.__add__.__qualname__, int.__add__.__objclass__)
print(repr(int.__add__), repr(str.upper), callable(staticmethod(len)))
