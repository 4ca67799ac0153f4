"""Module doc."""

def f():
    """Function doc."""
    return 1

def g():
    x = 1
    """not a doc"""
    return x

class K:
    """Class doc."""
