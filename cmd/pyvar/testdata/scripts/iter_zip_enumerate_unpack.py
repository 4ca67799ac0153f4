# for a, b in zip(...) / enumerate(...): the items go to the targets without a
# tuple in between; widths that do not match, strict zips, subclasses,
# exhaustion mid-zip and errors behave as the unpacking of a tuple does.
import sys
def f():
    out = []
    for a, b in zip([1, 2, 3], "abc"):
        out.append((a, b))
    for i, x in enumerate("xyz", 5):
        out.append((i, x))
    for a, b, c in zip(range(3), range(10, 13), range(20, 30)):
        out.append(a + b + c)
    for i, x in enumerate([], 1): out.append("never")
    for a, b in zip(): out.append("never")
    try:
        for a, b in zip([1], [2], [3]): pass
    except ValueError as e: out.append(str(e))
    try:
        for a, b, c in enumerate("ab"): pass
    except ValueError as e: out.append(str(e))
    try:
        for a, b in zip([1, 2], [3], strict=True): out.append((a, b))
    except ValueError as e: out.append(str(e))
    it = iter([1, 2, 3]); z = zip(it, "a")
    for a, b in z: out.append((a, b))
    out.append(next(it))
    class Z(zip):
        def __next__(self): return (0, 0)
    n = 0
    for a, b in Z([1], [2]):
        n += 1
        if n == 3: break
    out.append(n)
    e = enumerate("ab", 2**63 - 1)
    for i, x in e: out.append((i, x))
    def boom():
        yield 1
        raise KeyError("inner")
    try:
        for a, b in zip(boom(), boom()): out.append((a, b))
    except KeyError as e: out.append(repr(e))
    return out
print(f())
print(sum(x * y for x, y in zip(range(100), range(100, 200))))
print({k: v for k, v in zip("abc", range(3))}, [i * v for i, v in enumerate([3, 4])])
