import lib
print(lib.outer_call())
terminal_call = lambda: "main's terminal"
print(lib.outer_call(), terminal_call())
from lib import outer_call
print(outer_call())
lib.terminal_call = lambda: "patched"
print(outer_call())
import shop
print(shop.items)  # submodule attribute only after import
import shop.items.cart
print(shop.items.cart.total(), shop.items.__name__, shop.VERSION)
from shop import *
print(sorted(n for n in dir() if n in ("VERSION", "helper", "_hidden", "items")))
import modgetattr
print(modgetattr.anything, modgetattr.real)
from modgetattr import dynamic_name
print(dynamic_name)
try:
    from modgetattr import missing_one
except ImportError as e:
    print("ImportError", e)
if __name__ == "__main__":
    print("main guard")
import guard
print(guard.NAME)
import builtins
builtins.shared_thing = "in builtins"
import seesbuiltins
print(seesbuiltins.value)
import sys
print(sorted(k for k in sys.modules if k.startswith("shop")))
print(lib.__dict__["__name__"], "__builtins__" in lib.__dict__)
