import sys
import modA
print("main sees", modA.NAME, modA.helper())
print(modA.__name__, modA.modB.__name__, modA.modB.back_ref_name)
import modB
print(modB is modA.modB, modB.counter)
modB.counter += 1
print(modA.read_counter())
from modB import counter
modB.counter = 100
print(counter, modA.read_counter())
def main_func(): return "main_func"
import modC
print(modC.call_main())
print(sorted(k for k in sys.modules if k.startswith("mod")))
