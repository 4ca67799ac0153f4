from .core import value
from . import sub

LEVEL = "package"
