import app
print(app.VERSION, app.core.engine.run(), sorted(app.__all__))
from app import *
print(helper(), "core" in dir())
from app.core import *
print(sorted(n for n in dir() if not n.startswith("_")))
import app.core.engine as eng
print(eng.__name__, eng.__package__, eng.PARENT_VERSION)
print(app.core.__name__, app.core.__package__, app.__package__)
