import sys
sys.path.insert(0, (__file__.rpartition("/")[0] or ".") + "/extra_dir")
import extramod
print(extramod.X)
import pkg_a
print(pkg_a.sub.val)  # imported by pkg_a/__init__ via relative import
from pkg_a.sub import val as v2
print(v2)
import pkg_a.sub as s
print(s is pkg_a.sub, s.__name__, s.__package__)
from pkg_a import sub, other
print(other.O, sorted(pkg_a.__all__))
from pkg_a import *
print(sorted(n for n in ("sub", "other", "exported") if n in dir()))
m = __import__("extramod")
print(m is extramod, __import__("pkg_a.sub").__name__)
try:
    from pkg_a import absent
except ImportError as e:
    print(e)
try:
    import pkg_a.absent
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
del sys.modules["extramod"]
import extramod as fresh
print(fresh is extramod, fresh.counter)
