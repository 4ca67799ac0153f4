# Which subjects match sequence and mapping patterns: Py_TPFLAGS_SEQUENCE and
# _MAPPING of built-in types, inherited along the MRO, and set by ABCs.
import collections, collections.abc
def sm(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
def ms(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"
class C: pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class M4(dict, collections.abc.Sequence, C): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
for k in (M1, M2, M3, M4, S1, S2, S3, S4):
    print(k.__name__, sm(k()), ms(k()))
class Seq(collections.abc.Sequence):
    __getitem__ = None
    def __len__(self):
        return 0
match Seq():
    case []:
        print("empty seq")
for v in ("abc", b"abc", bytearray(b"x"), range(2), (1,), [2], {}, collections.OrderedDict(), collections.deque()):
    print(type(v).__name__, sm(v))
x = collections.UserDict({0: 1, 2: 3})
match x:
    case {2: 3}:
        print("userdict")
def f(w):
    match w:
        case (x, y, z):
            out = locals()
            del out["w"]
            return out
print(f((1, 2, 3)), f((1, 2)), f("abc"))
import collections, array, types
def sm(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
for v in (collections.deque(), array.array('b'), memoryview(b''), types.MappingProxyType({}), {}.keys(), collections.defaultdict()):
    print(type(v).__name__, sm(v))
