import sys
import mod_a
print(mod_a.__name__, mod_a.value, mod_a.func(), mod_a.__file__.endswith("mod_a.py"))
import mod_a as again
print(again is mod_a, sys.modules["mod_a"] is mod_a)
from mod_a import value, func as f2
print(value, f2())
mod_a.value = 100
print(mod_a.func(), value)
import pkg
print(pkg.__name__, pkg.INIT, pkg.__package__)
import pkg.sub.leaf
print(pkg.sub.leaf.NAME, pkg.sub.leaf.__name__, pkg.sub.leaf.__package__)
from pkg.sub import leaf
print(leaf.rel())
from pkg import helper
print(helper.H, helper.from_parent())
import pkg.sub.leaf as lf
print(lf is leaf)
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_a import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg.nope
except ImportError as e:
    print(type(e).__name__, e)
from star_mod import *
print(public, sorted(n for n in dir() if n.startswith("_p") or n in ("public", "also")))
from all_mod import *
print(x_in_all)
try:
    print(not_in_all)
except NameError as e:
    print(e)
print(_private_in_all)
import circ_a
print(circ_a.done, circ_a.seen_b)
def lazy():
    import mod_a
    return mod_a.value
print(lazy())
print("mod_a" in sys.modules, type(sys.modules).__name__, type(mod_a).__name__, repr(mod_a)[:17])
print(sorted(k for k in vars(mod_a) if not k.startswith("__")))
print(mod_a.__dict__ is vars(mod_a), mod_a.__doc__)
print(__name__, __file__.endswith("main.py"))
