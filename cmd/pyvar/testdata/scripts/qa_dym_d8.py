class B:
    __slots__ = ("value",)
B().valu
