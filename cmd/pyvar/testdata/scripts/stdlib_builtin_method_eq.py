# Bound built-in methods compare and hash as CPython's meth_richcompare:
# the same method bound to the same object (pkgutil.resolve_name's tests
# compare int.from_bytes with itself).
l = []
print(int.from_bytes == int.from_bytes, [].append == [].append, l.append == l.append, l.append != l.append)
print(dict.fromkeys == dict.fromkeys, "a".join == "a".join, l.append == l.extend, (1).__add__ == (1).__add__)
print(hash(l.append) == hash(l.append), hash(int.from_bytes) == hash(int.from_bytes), len({l.append, l.append, l.pop}))
import math
print(math.sqrt == math.sqrt, math.sqrt == math.cos, len.__self__ is __builtins__ or type(len.__self__).__name__)
