# __qualname__ of built-in functions, class and static methods, bound methods.
import time
print(len.__qualname__, time.time.__qualname__, dict.fromkeys.__qualname__, float.__getformat__.__qualname__, str.maketrans.__qualname__, bytes.maketrans.__qualname__)
print([].append.__qualname__, {}.fromkeys.__qualname__, (1).__add__.__qualname__, int.__add__.__qualname__, dict.__new__.__qualname__, object.__new__.__qualname__)
