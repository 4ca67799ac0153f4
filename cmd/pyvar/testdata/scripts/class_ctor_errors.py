# test_class: object.__new__/__init__ excess-argument messages.
import re
class R:
    def __init__(self, pat): self.pat = pat
    def __enter__(self): return self
    def __exit__(self, t, e, tb):
        print(t.__name__ if t else None, bool(t and re.search(self.pat, str(e))), e)
        return True
# bpo-31506: Improves the error message logic for object_new & object_init

# Class without any method overrides
class C:
    pass

error_msg = r'C.__init__\(\) takes exactly one argument \(the instance to initialize\)'

with R(r'C\(\) takes no arguments'):
    C(42)

with R(r'C\(\) takes no arguments'):
    C.__new__(C, 42)

with R(error_msg):
    C().__init__(42)

with R(r'C\(\) takes no arguments'):
    object.__new__(C, 42)

with R(error_msg):
    object.__init__(C(), 42)

# Class with both `__init__` & `__new__` method overridden
class D:
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

error_msg =  r'object.__new__\(\) takes exactly one argument \(the type to instantiate\)'

with R(error_msg):
    D(42)

with R(error_msg):
    D.__new__(D, 42)

with R(error_msg):
    object.__new__(D, 42)

# Class that only overrides __init__
class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

error_msg = r'object.__init__\(\) takes exactly one argument \(the instance to initialize\)'

with R(error_msg):
    E().__init__(42)

with R(error_msg):
    object.__init__(E(), 42)

