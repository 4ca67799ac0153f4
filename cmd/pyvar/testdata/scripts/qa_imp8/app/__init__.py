VERSION = "2.0"
__all__ = ["helper", "core"]
from .util import helper
from . import core
