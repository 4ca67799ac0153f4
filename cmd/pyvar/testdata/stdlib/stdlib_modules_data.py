# A small program per data-oriented module of the list, printing
# what CPython 3.10 prints.
import array, base64, bisect, collections, copy, dataclasses, datetime, decimal, enum, fractions
import functools, hashlib, heapq, itertools, json, pickle, pprint, string, struct, textwrap, types, typing

print(json.dumps({"b": [1, 2.5, None, True], "a": "é\n"}, sort_keys=True, indent=2))
print(json.loads('{"x": [1, 2, {"y": null}], "z": 1e3, "s": "\\u00e9"}'))
c = collections.Counter("abracadabra")
print(c.most_common(3), collections.OrderedDict(a=1, b=2), collections.deque(range(5), maxlen=3))
P = collections.namedtuple("P", "x y")
print(P(1, 2), P._make([3, 4])._asdict(), collections.ChainMap({"a": 1}, {"a": 2, "b": 3})["b"])
dd = collections.defaultdict(list); dd["k"].append(1); print(dict(dd))
print(list(itertools.accumulate([1, 2, 3, 4], initial=10)), list(itertools.combinations("abc", 2)),
      list(itertools.groupby("aabbbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), functools.reduce(lambda a, b: a * b, range(1, 10)), functools.partial(int, base=2)("101"))
ns = types.SimpleNamespace(a=1, b=[2]); print(ns, types.MappingProxyType({"k": 1}))
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(typing.get_type_hints(Box.__init__), Box[int], typing.Optional[typing.List[int]], typing.Union[int, str])
@dataclasses.dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: tuple = dataclasses.field(default=(), compare=False)
p = Pt(1, 2)
print(p, p < Pt(1, 3), dataclasses.asdict(p), dataclasses.replace(p, y=5), [f.name for f in dataclasses.fields(Pt)])
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Color.RED, Color(2), list(Color), Perm.R | Perm.W, Perm(7), Color["GREEN"].value, repr(Color.RED))
a = [[1, [2]], {"k": {3}}]
b = copy.deepcopy(a); b[0][1].append(9); print(a, b, copy.copy(a)[0] is a[0])
xs = [1, 3, 5, 7]; bisect.insort(xs, 4); print(xs, bisect.bisect_left(xs, 5), bisect.bisect_right(xs, 5))
h = [5, 1, 4, 2]; heapq.heapify(h); print(heapq.heappop(h), heapq.nsmallest(2, [9, 3, 7, 1]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4], [2, 3])))
arr = array.array("i", [1, 2, 3]); arr.append(4); print(arr, arr.tobytes()[:8], array.array("d", [0.5]) * 2)
decimal.getcontext().prec = 30
print(decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal("1.10") + decimal.Decimal("2.205"), decimal.Decimal("2").sqrt())
print(decimal.Decimal("3.14159").quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_EVEN))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction("0.125"), fractions.Fraction(1.5).limit_denominator(10))
d = datetime.datetime(2024, 2, 29, 13, 45, 7, 123456)
print(d, d.isoformat(), d + datetime.timedelta(days=1, hours=12), d.strftime("%Y/%m/%d %H:%M %A %j"), d.weekday())
print(datetime.date(2020, 1, 1) - datetime.date(2019, 1, 1), datetime.datetime.fromisoformat("2021-05-06T07:08:09+02:00"),
      datetime.timezone(datetime.timedelta(hours=-5)), repr(datetime.timedelta(seconds=-1)))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"), string.capwords("hello  world"), string.ascii_letters[:5])
print("{:>10}|{:<6.2f}|{:^7}|{:,}".format("r", 3.14159, "c", 1234567))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n"), textwrap.shorten("Hello  world, this is long", width=15))
pprint.pprint({"z": list(range(30)), "a": {"nested": ("t", 1)}, "m": "x" * 50})
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3))
obj = {"p": Pt(1), "c": Color.GREEN, "d": d, "f": fractions.Fraction(1, 3), "dec": decimal.Decimal("1.5"), "set": {1, 2}}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    assert pickle.loads(pickle.dumps(obj, protocol=proto)) == obj
print(pickle.loads(pickle.dumps(obj)), len(pickle.dumps([1, "a", 2.5], protocol=2)))
print(struct.pack("<hIq?", -2, 7, 1 << 40, True), struct.unpack(">f3sH", b"@I\x0f\xd0abc\x00\x07"), struct.calcsize("@ciq"))
print(base64.b64encode(b"pyvar \xff"), base64.b64decode("cHl2YXI="), base64.b32encode(b"ab"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.a85encode(b"hi"))
print(hashlib.sha256(b"abc").hexdigest(), hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").hexdigest()[:12], hashlib.blake2b(b"a", digest_size=8).hexdigest())
print(sorted(hashlib.algorithms_guaranteed)[:4])
