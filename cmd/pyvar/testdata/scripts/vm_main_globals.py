# The __main__ module's globals, in CPython 3.10's order, for a file.
print([k for k in globals() if k.startswith('__')])
print(__cached__, __name__, __doc__, __package__)
