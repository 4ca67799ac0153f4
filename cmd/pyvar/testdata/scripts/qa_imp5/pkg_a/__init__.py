from . import sub
__all__ = ["exported", "other"]
exported = 1
