# The native _warnings: filters, registries and actions as CPython's C
# module applies them, and the never-awaited coroutine warning (which the
# pure-Python fallback of warnings.py cannot show).
import gc
import sys
import warnings
import _warnings



def show(message, category, filename, lineno, file=None, line=None):
    # A coroutine dropped unawaited is reported where it died: at once on
    # CPython, at the collection on pyvar, which has no reference counts.
    if "never awaited" in str(message):
        lineno = "-"
    print("shown:", category.__name__, message, lineno)


warnings.showwarning = show
print(warnings.filters is _warnings.filters, _warnings._defaultaction)
for i in range(3):
    warnings.warn("in a loop")
warnings.warn("dep", DeprecationWarning)
warnings.warn(UserWarning("an instance"))
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)


async def job():
    return 1


def drop():
    job()


drop(); gc.collect()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("a"); warnings.warn("a")
    warnings.warn_explicit("explicit", RuntimeWarning, "some.py", 7)
print([(str(w.message), w.category.__name__, w.lineno) for w in caught])
reg = {}
for action in ["once", "module", "default"]:
    with warnings.catch_warnings():
        warnings.simplefilter(action)
        for i in range(2):
            warnings.warn_explicit("r-" + action, UserWarning, "x.py", 1 + i, registry=reg)
print(sorted(str(k) for k in reg))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", e)
    try:
        warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=[])
    except TypeError as e:
        print(e)
with warnings.catch_warnings():
    warnings.filters.insert(0, ("nonsense", None, Warning, None, 0))
    try:
        warnings.warn("y")
    except RuntimeError as e:
        print(str(e).splitlines()[0])
