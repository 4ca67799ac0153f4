# Without the warnings module, warnings from built-ins follow its default
# filters: ImportWarning is ignored, DeprecationWarning shown only when
# attributed to __main__.
try:
    __import__('', {'__name__': 'x'}, {}, ('a',), 1)
except ImportError as e:
    print(e)
print(bool(NotImplemented))
exec("print(bool(NotImplemented))", {'__name__': 'elsewhere'})
exec("print(not NotImplemented)", {'__name__': '__main__'})
