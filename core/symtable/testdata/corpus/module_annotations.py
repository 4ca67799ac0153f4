global gx
gx: int = 1
ann: str
(paren): int = 3
obj.attr: int = 4
