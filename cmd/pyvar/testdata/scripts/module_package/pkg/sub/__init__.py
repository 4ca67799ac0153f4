from ..core import where
from .leaf import leaf_name
