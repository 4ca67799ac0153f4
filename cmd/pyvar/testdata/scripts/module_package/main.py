# Packages, relative imports and import forms.
import pkg
import pkg.core as c
from pkg.sub import where, leaf_name
from pkg import value as v

print(pkg.LEVEL, pkg.value, c.value, v, where(), leaf_name)
print(pkg.__name__, pkg.sub.__name__, c.__name__, pkg.__package__, c.__package__)
