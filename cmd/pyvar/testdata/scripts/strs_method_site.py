# One LOAD_METHOD/CALL_METHOD site seeing str, str subclasses (one that
# overrides the method), bytes and a class with the same method name: each
# call must reach its own type's method.
class S(str):
    pass


class U(str):
    def upper(self):
        return "U.upper:" + str.upper(self)


class Other:
    def upper(self):
        return "Other.upper"


def call_upper(x):
    return x.upper()


for v in ["ab", S("cd"), "ef", U("gh"), b"ij", "kl", Other(), bytearray(b"mn"), "op"]:
    print(type(v).__name__, repr(call_upper(v)))
try:
    str.upper = lambda s: s
except TypeError as e:
    print("TypeError:", e)
print(call_upper("qr"))
# A built-in method called with a bad self or arguments: its own errors.
f = str.startswith
for args in [("abc", "a"), ("abc",), (b"abc", b"a"), ("abc", 1)]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)
print([s.isdigit() for s in ["1", "a", "", "\u00b2", "12"]], "a,b".split(","), " x ".strip())
# PyArg_ParseTuple's messages for the methods that use it.
for m in ["startswith", "endswith", "count", "find", "index", "rfind", "rindex", "partition", "rpartition"]:
    for a in [(), ("a", 1, 2, 3)]:
        for v in ("abc", b"abc", bytearray(b"abc")):
            try:
                getattr(v, m)(*[x.encode() if isinstance(v, (bytes, bytearray)) and isinstance(x, str) else x for x in a])
            except TypeError as e:
                print(type(v).__name__, m, len(a), e)
for call in [lambda: "abc".find(sub="a"), lambda: "abc".partition(sep="b"), lambda: b"abc".partition(sep=b"b")]:
    try:
        print(call())
    except TypeError as e:
        print(e)
