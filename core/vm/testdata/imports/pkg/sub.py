from . import helpers
name = "pkg.sub " + helpers.X
def deep():
    from .helpers import X
    return X * 2
