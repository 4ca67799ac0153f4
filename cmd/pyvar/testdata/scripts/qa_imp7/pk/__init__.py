from .mod1 import who
