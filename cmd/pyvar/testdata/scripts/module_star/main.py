# from m import * honours __all__, else skips names with a leading underscore.
from with_all import *
from without_all import *

print(public, _exported_private, visible)
for name in ("other", "_hidden"):
    print(name, name in globals())
