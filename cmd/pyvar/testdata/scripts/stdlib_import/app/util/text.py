def shout(s):
    return str(s).upper() + '!'
def __getattr__(name):
    if name == 'lazy':
        return 'computed ' + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ['shout', 'lazy']
