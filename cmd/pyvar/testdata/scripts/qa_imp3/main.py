try:
    import badsyntax
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.filename.endswith("badsyntax.py"))
import sys
print("badsyntax" in sys.modules)
from relmod import value
print(value)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
import circ_x
