__all__ = ["public", "_exported_private"]
public = "public"
other = "other"
_exported_private = "private but listed"
