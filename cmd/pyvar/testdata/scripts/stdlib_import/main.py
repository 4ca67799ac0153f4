# The import system, without the standard library: packages, relative
# imports, failures, cycles and sys.modules semantics.
import sys
import app.core.engine
print(app.core.engine.run(21), app.VERSION, app.core.engine.__file__.rsplit('/', 3)[-3:])
print(sorted(k for k in sys.modules if k.startswith('app')))
print(hasattr(app.core.engine, '__spec__'), app.core.engine.__loader__ is not 1, app.__package__)
import app.core.engine as eng
from app.core import *
print(eng is app.core.engine, engine is eng, helpers.double(2))
from app.util import text
print(text.lazy, dir(text), hasattr(text, 'nope'))
try:
    text.nope
except AttributeError as e:
    print('AttributeError:', e)
m = __import__('app.util.text', fromlist=['shout'])
print(m.__name__, __import__('app.util.text').__name__, __import__('app.util', fromlist=['text']).text is text)

for attempt in range(2):
    try:
        import boom
    except ValueError as e:
        print('ValueError:', e, 'boom' in sys.modules)

try:
    import cyc_a
except ImportError as e:
    print('ImportError:', str(e).replace(sys.path[0] + '/', ''), e.name, e.path.rsplit('/', 1)[-1])
print('cyc_a' in sys.modules, 'cyc_b' in sys.modules)
try:
    import cyc_c
except AttributeError as e:
    print('AttributeError:', e)

try:
    import corrupt
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.filename.rsplit('/', 1)[-1], e.lineno, e.offset, repr(e.text))
print('corrupt' in sys.modules)

import replaced
print(replaced.answer, type(replaced).__name__)

for name in ('nosuchmodule', 'app.nosuch', 'app.VERSION.x', 'app.core.helpers._private'):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    from app import nosuch
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0] + '/', ''), e.name)

sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)

sys.path.append(sys.path[0] + '/extra')
import plugin
print(plugin.NAME, plugin.__file__.rsplit('/', 2)[-2:])
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('app', level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
print(__import__('helpers', globals=vars(app.core.engine), fromlist=['double'], level=1).__name__)
print(type(sys.meta_path).__name__, sys.meta_path[-1], type(sys.path_importer_cache).__name__)
