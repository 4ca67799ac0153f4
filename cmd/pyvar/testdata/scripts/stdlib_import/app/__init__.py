"""The app package."""
from .core import engine
VERSION = '1.0'
print('app init:', __name__, __package__, __doc__, [p.rsplit('/', 2)[-2:] for p in __path__])
