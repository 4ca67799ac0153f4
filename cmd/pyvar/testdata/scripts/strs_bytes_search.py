# bytes and bytearray find/rfind/index/rindex/count/startswith/endswith
# search the bytes themselves (non-ASCII included) with CPython's windows,
# byte values and error messages.
import array


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class B(bytes):
    pass


subjects = [b"", b"a", b"abcabc", b"\xff\xfe\xffa\xff", b"\x00\x80\x00\x80\x00", bytes(range(256)) * 2]
subs = [b"", b"a", b"bc", b"\xff", b"\xff\xfe", b"\x80\x00", b"zz", 0, 97, 255, 128, True]
windows = [(), (None,), (1,), (-2,), (100,), (-100,), (None, None), (0, 2), (1, -1), (3, 1),
           (-3, -1), (0, 100), (2, 2), (Idx(1), Idx(4)), (2**70,), (-2**70, 2**70), (5, 4)]

for kind in (bytes, bytearray, B):
    for s in subjects:
        x = kind(s)
        out = []
        for sub in subs:
            for w in windows:
                for m in ("find", "rfind", "count", "index", "rindex"):
                    try:
                        r = getattr(x, m)(sub, *w)
                    except ValueError as e:
                        r = "VE:" + str(e)
                    out.append(r)
                if not isinstance(sub, int):
                    out.append(x.startswith(sub, *w))
                    out.append(x.endswith(sub, *w))
                    out.append(x.startswith((b"q", sub), *w))
                    out.append(x.endswith((sub, b"q"), *w))
        print(kind.__name__, len(s), hash(tuple(out)) if False else out[:40], sum(1 for r in out if r is True), sum(r for r in out if type(r) is int))

# other buffers as the sub
print(b"abcabc".find(memoryview(b"ca")), b"abcabc".rfind(bytearray(b"ab")),
      b"abcabc".count(array.array("b", [97])), b"\x01\x00\x00\x00".find(array.array("i", [1])))
print(bytearray(b"xyx").startswith(memoryview(b"xy")), b"xyx".endswith(bytearray(b"yx")))
print(b"abc".find(Idx(98)), b"abc".index(B(b"c")))

errors = [
    lambda: b"abc".find("a"),
    lambda: b"abc".find(2.0),
    lambda: b"abc".find(None),
    lambda: b"abc".find(300),
    lambda: b"abc".find(-1),
    lambda: b"abc".find(2**70),
    lambda: b"abc".find(),
    lambda: b"abc".find(b"a", 1, 2, 3),
    lambda: b"abc".find(b"a", "x"),
    lambda: b"abc".find("a", "x"),
    lambda: b"abc".find(b"a", 1.0),
    lambda: b"abc".find(sub=b"a"),
    lambda: b"abc".index(b"z"),
    lambda: b"abc".rindex(b"z"),
    lambda: bytearray(b"abc").index(b"z", 1),
    lambda: bytearray(b"abc").rindex(120),
    lambda: b"abc".count("a"),
    lambda: b"abc".count(),
    lambda: bytearray(b"abc").count(b"a", start=1),
    lambda: b"abc".startswith("a"),
    lambda: b"abc".startswith(1),
    lambda: b"abc".endswith(["a"]),
    lambda: b"abc".startswith((b"a", "b")),
    lambda: b"abc".endswith(("c", b"c")),
    lambda: b"abc".startswith(),
    lambda: b"abc".endswith(b"c", 1, 2, 3),
    lambda: b"abc".startswith(b"a", "1"),
    lambda: bytearray(b"abc").endswith(b"c", None, "x"),
    lambda: b"abc".startswith(prefix=b"a"),
]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
