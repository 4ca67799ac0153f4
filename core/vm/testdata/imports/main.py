import mylib
from mylib import helper, VALUE as V
from pkg import sub
from pkg.sub import deep
import pkg.sub as ps
from star import *
print(mylib.helper(), helper(), V)
print(sub.name, deep(), ps is sub)
print(public, sorted(k for k in dir() if not k.startswith('__')))
import circ_a
print(circ_a.A, circ_a.circ_b.B)
try:
    _private
except NameError as e:
    print(e)
import sys
print('mylib' in sys.modules, type(sys.modules['pkg']).__name__)
