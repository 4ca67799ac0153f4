# A relative __import__ finds its package from __package__, __spec__.parent or __name__, with import.c's ImportWarnings.
import warnings
warnings.simplefilter("always")
def t(name, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try: print(name, repr(f()))
        except Exception as e: print(name, type(e).__name__, e)
        for x in w: print("  warn", x.category.__name__, x.message)
class Spec:
    def __init__(self, p): self.parent = p
t("none", lambda: __import__('', {'__package__': None, '__spec__': None, '__name__': '__main__'}, {}, ('foo',), 1))
t("spec", lambda: __import__('', {'__spec__': Spec('xml'), '__name__': '__main__'}, {}, ('dom',), 1).__name__)
t("spec mismatch", lambda: __import__('', {'__package__': 'xml', '__spec__': Spec('json'), '__name__': '__main__'}, {}, ('dom',), 1).__name__)
t("spec int", lambda: __import__('', {'__spec__': Spec(5), '__name__': '__main__'}, {}, ('dom',), 1))
t("pkg int", lambda: __import__('', {'__package__': 5}, {}, ('dom',), 1))
t("no name", lambda: __import__('', {}, {}, ('dom',), 1))
t("name int", lambda: __import__('', {'__name__': 3}, {}, ('dom',), 1))
t("path", lambda: __import__('', {'__name__': 'xml', '__path__': []}, {}, ('dom',), 1).__name__)
