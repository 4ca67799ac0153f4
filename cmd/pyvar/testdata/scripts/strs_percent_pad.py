# printf-style formatting: padding with each alignment and fill, mappings
# (exact dicts, subclasses, other mappings), widths and their errors.
import collections
w, n = "quick", 42
for spec in ["%8s|", "%-8s|", "%08d|", "%-08d|", "%+8d|", "% 8d|", "%+-8d|", "%#8o|", "%#08o|", "%8.3f|", "%-8.2e|", "%08.3f|", "%3s|", "%0s|", "%c|"]:
    arg = n if spec[-2] in "dofec" else w
    print(repr(spec % arg), repr(spec % -n if spec[-2] in "dfe" else ""))
print("%5s|%-5s|%5s" % ("é", "ü", "\U0001f600"))
print("%*d|%-*d|%*s" % (6, 1, 6, 2, -6, "x"))
d = {"levelname": "WARNING", "name": "bench", "n": 3}
print("%(levelname)s:%(name)s:%(n)05d" % d)


class D(dict):
    def __getitem__(self, k):
        return "D[" + k + "]"


class M:
    def __getitem__(self, k):
        return k.upper()


print("%(a)s %(b)s" % D(a=1), "%(a)s %(bb)s" % M(), "%(x)s" % collections.OrderedDict(x=1))
print("%s" % {"a": 1}, "%s %%" % d, "%(a)s" % {"a": "%"})
for bad in [lambda: "%(a)s" % {}, lambda: "%(a)s" % (1,), lambda: "%(a" % d, lambda: "%s %s" % d]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class T(tuple):
    pass


class S(str):
    def __str__(self):
        return "S.__str__"


class E(dict):
    pass


print("%s-%s" % T((1, 2)), "%s" % S("payload"), "%s|%r" % (S("p"), S("q")), "%(k)s" % E(k="e"))
print("%s" % T((5,)), "%s" % (T((1, 2)),))
