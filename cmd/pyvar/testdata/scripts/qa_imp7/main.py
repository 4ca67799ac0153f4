import sys
try:
    import plainmod.sub
except ModuleNotFoundError as e:
    print("MNF", e, e.name)
import plainmod
print(plainmod.V)
try:
    import pk.deep
except ImportError as e:
    print(type(e).__name__, e)
try:
    import failing
except ZeroDivisionError as e:
    print("ZeroDivisionError during import", e)
print("failing" in sys.modules)
try:
    import failing
except ZeroDivisionError as e:
    print("again", e)
try:
    import failpkg
except NameError as e:
    print("NameError", e)
print("failpkg" in sys.modules)
import pk
print(pk.__path__ is not None, type(pk.__path__).__name__, pk.__file__.endswith("__init__.py"), plainmod.__file__.endswith("plainmod.py"))
from pk import mod1
print(mod1.who(), pk.mod1 is mod1)
try:
    from pk import nothere
except ImportError as e:
    print(e)
import pk.mod1 as alias
print(alias is mod1)
print(sorted(m for m in sys.modules if m.startswith(("pk", "plainmod", "failing"))))
