# NotImplemented in a boolean context warns (DeprecationWarning), as in 3.10.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    bool(NotImplemented)
    not NotImplemented
    if NotImplemented: pass
    x = NotImplemented and 1
    y = [i for i in [NotImplemented] if i]
    while NotImplemented: break
    NotImplemented.__bool__()
    assert NotImplemented
    print(len(w), set(str(x.message) for x in w), [x.category.__name__ for x in w][:1], [x.lineno for x in w])
warnings.simplefilter("error")
try:
    bool(NotImplemented)
except DeprecationWarning as e: print("raised", e)
try:
    if NotImplemented: pass
except DeprecationWarning as e: print("raised", e)

# input() ignores a stdout or stderr without flush().
import io, sys
class BitBucket:
    def write(self, s):
        pass
saved = sys.stdin, sys.stdout
sys.stdin, sys.stdout = io.StringIO("line one\nline two"), BitBucket()
a, b = input(), input("prompt")
sys.stdin, sys.stdout = saved
print(a, b)
