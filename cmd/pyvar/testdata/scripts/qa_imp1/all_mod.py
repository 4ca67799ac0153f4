__all__ = ["x_in_all", "_private_in_all"]
x_in_all = 1
not_in_all = 2
_private_in_all = 3
