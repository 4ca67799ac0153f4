O = "other module"
from .sub import val
assert val == "sub value"
