# type.__text_signature__: the built-in types that have one in CPython 3.10,
# a class docstring in the internal "Name(sig)\n--\n\n" form, and
# inspect.signature of a class without __init__ (dataclasses needs it).
print(repr(object.__text_signature__))
print(repr(int.__text_signature__), repr(type.__text_signature__), repr(dict.__text_signature__), repr(list.__text_signature__))
import inspect
class C:
    "C(a, b)\n--\n\ndoc"
print(C.__text_signature__, inspect.signature(C), inspect.signature(object), inspect.signature(list))
for t in (int, str, dict, tuple, complex, enumerate, float, reversed, memoryview, property, type):
    print(t.__name__, repr(t.__text_signature__))
