from . import INIT
H = "helper"
def from_parent(): return INIT
